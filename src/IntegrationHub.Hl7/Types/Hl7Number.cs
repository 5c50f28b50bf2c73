using System.Buffers.Text;

namespace IntegrationHub.Hl7;

/// <summary>NM (numeric: optional sign, digits, optional decimal point; no exponent) and SI (sequence id).</summary>
public static class Hl7Number
{
    /// <summary>Parses NM. Surrounding spaces are allowed; an empty value is a problem (check emptiness first).</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value, out string? problem)
    {
        value = 0;
        text = text.Trim((byte)' ');
        var digits = text;
        if (!digits.IsEmpty && digits[0] is (byte)'+' or (byte)'-')
        {
            digits = digits[1..];
        }

        int point = digits.IndexOf((byte)'.');
        bool wellFormed = !digits.IsEmpty && digits.Length <= 30
            && !(point < 0 ? digits : digits[..point]).ContainsAnyExceptInRange((byte)'0', (byte)'9')
            && (point < 0 || !digits[(point + 1)..].ContainsAnyExceptInRange((byte)'0', (byte)'9'))
            && digits.Length > (point >= 0 ? 1 : 0);
        if (!wellFormed || !Utf8Parser.TryParse(text[0] == '+' ? text[1..] : text, out value, out int consumed) || consumed != text.Length - (text[0] == '+' ? 1 : 0))
        {
            problem = "Not a number (NM: optional sign, digits, optional decimal point)";
            value = 0;
            return false;
        }

        problem = null;
        return true;
    }

    /// <summary>
    /// Reads an NM that must be valid when present: false with a DataTypeError issue at <paramref name="location"/>
    /// when it is not. An empty or null element returns false with no issue.
    /// </summary>
    public static bool TryRead(Hl7Element element, in Hl7Location location, out decimal value, out Hl7Issue? issue)
    {
        issue = null;
        value = 0;
        if (!element.HasValue)
        {
            return false;
        }

        if (TryParse(element.PrimitiveRaw, out value, out string? problem))
        {
            return true;
        }

        issue = new Hl7Issue(Hl7ErrorCode.DataTypeError, Hl7Severity.Error, location, problem!);
        return false;
    }

    /// <summary>Parses SI: a non-negative whole number of up to four digits.</summary>
    public static bool TryParseSequenceId(ReadOnlySpan<byte> text, out int value, out string? problem)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 4 || text.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        {
            problem = "Not a sequence id (SI: up to four digits)";
            return false;
        }

        foreach (byte b in text)
        {
            value = (value * 10) + (b - '0');
        }

        problem = null;
        return true;
    }
}
