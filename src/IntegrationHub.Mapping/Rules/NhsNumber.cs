namespace IntegrationHub.Mapping;

/// <summary>NHS number checks: 10 digits whose last is the Modulus 11 check digit of the first nine.</summary>
internal static class NhsNumber
{
    /// <summary>True when <paramref name="value"/> (spaces allowed, e.g. <c>943 476 5919</c>) is a valid NHS number.</summary>
    public static bool IsValid(ReadOnlySpan<char> value) => TryNormalise(value, out _);

    /// <summary>The 10 digits without spaces, when the number is valid.</summary>
    public static bool TryNormalise(ReadOnlySpan<char> value, out string digits)
    {
        Span<char> buffer = stackalloc char[10];
        var count = 0;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || count == 10)
            {
                digits = string.Empty;
                return false;
            }

            buffer[count++] = c;
        }

        digits = string.Empty;
        if (count != 10)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (buffer[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        if (check == 10 || check != buffer[9] - '0')
        {
            return false;
        }

        digits = new string(buffer);
        return true;
    }
}
