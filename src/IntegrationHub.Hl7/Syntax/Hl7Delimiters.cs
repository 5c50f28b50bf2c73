namespace IntegrationHub.Hl7;

/// <summary>
/// The delimiters a message declares in MSH-1 (field) and MSH-2 (component, repetition, escape, subcomponent and,
/// from v2.7, truncation). A delimiter of 0 means the message does not use it (e.g. no escape character declared),
/// so nothing is split or unescaped on it.
/// </summary>
public readonly record struct Hl7Delimiters(byte Field, byte Component, byte Repetition, byte Escape, byte SubComponent, byte Truncation)
{
    /// <summary><c>|^~\&amp;</c>, the delimiters nearly every sender uses.</summary>
    public static Hl7Delimiters Default { get; } = new((byte)'|', (byte)'^', (byte)'~', (byte)'\\', (byte)'&', 0);

    /// <summary>Reads MSH-1/MSH-2 from a header segment (<c>MSH</c>, <c>FHS</c> or <c>BHS</c>) that starts at index 0.</summary>
    /// <param name="segment">The segment bytes, terminator excluded.</param>
    /// <param name="delimiters">The delimiters found.</param>
    /// <param name="encodingLength">How many encoding characters MSH-2 held.</param>
    /// <param name="problem">Why the delimiters are unusable, when the method returns false.</param>
    public static bool TryRead(ReadOnlySpan<byte> segment, out Hl7Delimiters delimiters, out int encodingLength, out string? problem)
    {
        delimiters = default;
        encodingLength = 0;
        if (segment.Length < 4)
        {
            problem = "MSH-1 (field separator) is missing";
            return false;
        }

        byte field = segment[3];
        if (!IsUsable(field))
        {
            problem = "MSH-1 (field separator) is a letter, digit, space or line break";
            return false;
        }

        var encoding = segment[4..];
        int end = encoding.IndexOf(field);
        if (end >= 0)
        {
            encoding = encoding[..end];
        }

        if (encoding.Length is 0 or > 5)
        {
            problem = encoding.Length == 0
                ? "MSH-2 (encoding characters) is empty"
                : "MSH-2 (encoding characters) holds more than 5 characters";
            return false;
        }

        Span<byte> chars = stackalloc byte[5];
        chars.Clear();
        encoding.CopyTo(chars);
        for (int i = 0; i < encoding.Length; i++)
        {
            if (!IsUsable(chars[i]) || chars[i] == field || chars[(i + 1)..encoding.Length].Contains(chars[i]))
            {
                problem = "MSH-2 (encoding characters) repeats a delimiter or uses a letter, digit, space or line break";
                return false;
            }
        }

        delimiters = new Hl7Delimiters(field, chars[0], chars[1], chars[2], chars[3], chars[4]);
        encodingLength = encoding.Length;
        problem = null;
        return true;
    }

    /// <summary>True when <paramref name="value"/> is any declared delimiter, including the escape character.</summary>
    public bool IsDelimiter(byte value) =>
        value != 0 && (value == Field || value == Component || value == Repetition || value == Escape || value == SubComponent || value == Truncation);

    /// <summary>Writes the encoding characters (MSH-2) as declared.</summary>
    public int WriteEncodingCharacters(Span<byte> destination)
    {
        int length = 0;
        foreach (byte b in (ReadOnlySpan<byte>)[Component, Repetition, Escape, SubComponent, Truncation])
        {
            if (b == 0)
            {
                break;
            }

            destination[length++] = b;
        }

        return length;
    }

    private static bool IsUsable(byte b) =>
        b is > 0x20 and < 0x7F && !char.IsAsciiLetterOrDigit((char)b);
}
