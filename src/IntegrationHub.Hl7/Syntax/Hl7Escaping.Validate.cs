namespace IntegrationHub.Hl7;

public static partial class Hl7Escaping
{
    /// <summary>
    /// The index of the first malformed escape sequence in <paramref name="raw"/> (an escape character without its
    /// closing partner inside the same value, or an unknown sequence), or -1 when all are well-formed.
    /// </summary>
    public static int IndexOfInvalidEscape(ReadOnlySpan<byte> raw, in Hl7Delimiters delimiters)
    {
        byte esc = delimiters.Escape;
        if (esc == 0)
        {
            return -1;
        }

        int offset = 0;
        while (true)
        {
            int at = raw.IndexOf(esc);
            if (at < 0)
            {
                return -1;
            }

            var after = raw[(at + 1)..];
            int close = after.IndexOf(esc);
            if (close < 0)
            {
                return offset + at;
            }

            // Only the candidate body is searched for delimiters, which keeps the whole check linear.
            var body = after[..close];
            if (body.IndexOfAny(delimiters.Field, delimiters.Component, delimiters.Repetition) >= 0
                || (delimiters.SubComponent != 0 && body.IndexOf(delimiters.SubComponent) >= 0)
                || !IsValidSequence(body, delimiters))
            {
                return offset + at;
            }

            offset += at + close + 2;
            raw = after[(close + 1)..];
        }
    }

    private static bool IsValidSequence(ReadOnlySpan<byte> body, in Hl7Delimiters d)
    {
        if (body.Length == 1)
        {
            return body[0] is (byte)'F' or (byte)'S' or (byte)'T' or (byte)'R' or (byte)'E' or (byte)'H' or (byte)'N'
                || (body[0] == 'P' && d.Truncation != 0);
        }

        if (body.IsEmpty)
        {
            return false;
        }

        var rest = body[1..];
        return body[0] switch
        {
            (byte)'X' => (rest.Length & 1) == 0 && IsHex(rest),
            (byte)'.' => IsFormattingCommand(rest),
            (byte)'C' or (byte)'M' => rest.Length is 4 or 6 && IsHex(rest),
            (byte)'Z' => true,
            _ => false,
        };
    }
}
