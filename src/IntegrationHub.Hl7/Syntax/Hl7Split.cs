namespace IntegrationHub.Hl7;

/// <summary>Delimiter search shared by the reader types; every search is a vectorised <c>IndexOf</c>.</summary>
internal static class Hl7Split
{
    /// <summary>The <paramref name="index"/>-th (0-based) piece of <paramref name="value"/> split on <paramref name="separator"/>; empty when absent.</summary>
    public static ReadOnlySpan<byte> Piece(ReadOnlySpan<byte> value, byte separator, int index)
    {
        if (separator == 0)
        {
            return index == 0 ? value : default;
        }

        while (index > 0)
        {
            int at = value.IndexOf(separator);
            if (at < 0)
            {
                return default;
            }

            value = value[(at + 1)..];
            index--;
        }

        int end = value.IndexOf(separator);
        return end < 0 ? value : value[..end];
    }

    /// <summary>How many pieces <paramref name="value"/> splits into (an empty value is one empty piece).</summary>
    public static int Count(ReadOnlySpan<byte> value, byte separator) =>
        separator == 0 ? 1 : value.Count(separator) + 1;
}
