using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>
/// One segment (terminator excluded) as a slice of the caller's bytes. Field numbers follow HL7: in header
/// segments (MSH, FHS, BHS) field 1 is the field separator itself and field 2 the encoding characters, both
/// returned as <see cref="Hl7Level.Literal"/>. Valid as long as the parsed buffer is.
/// </summary>
public readonly ref struct Hl7Segment
{
    private readonly Hl7Delimiters _delimiters;

    public Hl7Segment(ReadOnlySpan<byte> raw, Hl7Delimiters delimiters, Hl7Charset charset = Hl7Charset.Default)
    {
        Raw = raw;
        _delimiters = delimiters;
        Charset = charset;
        IsHeader = IsHeaderId(raw);
    }

    /// <summary>The segment's bytes, escaped, without its terminator.</summary>
    public ReadOnlySpan<byte> Raw { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    /// <summary>The message's character set.</summary>
    public Hl7Charset Charset { get; }

    /// <summary>The delimiters of the message.</summary>
    public Hl7Delimiters Delimiters => _delimiters;

    /// <summary>The segment id as sent (normally three upper-case letters or digits).</summary>
    public ReadOnlySpan<byte> Id
    {
        get
        {
            int end = Raw.IndexOf(_delimiters.Field);
            return end < 0 ? Raw : Raw[..end];
        }
    }

    /// <summary>True for MSH, FHS and BHS, whose first two fields are the delimiters.</summary>
    public bool IsHeader { get; }

    /// <summary>Number of the last field present (trailing empty fields included when their separators were sent).</summary>
    public int FieldCount => Raw.Count(_delimiters.Field) + (IsHeader ? 1 : 0);

    /// <summary>Field <paramref name="number"/> (1-based HL7 numbering); empty when not present.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Element Field(int number)
    {
        if (number <= 0)
        {
            return new(number == 0 ? Id : default, _delimiters, Charset, Hl7Level.Literal);
        }

        if (IsHeader)
        {
            if (number == 1)
            {
                return new(Raw.Length > 3 ? Raw.Slice(3, 1) : default, _delimiters, Charset, Hl7Level.Literal);
            }

            var piece = Hl7Split.Piece(Raw, _delimiters.Field, number - 1);
            return new(piece, _delimiters, Charset, number == 2 ? Hl7Level.Literal : Hl7Level.Field);
        }

        return new(Hl7Split.Piece(Raw, _delimiters.Field, number), _delimiters, Charset, Hl7Level.Field);
    }

    /// <summary>The element at <paramref name="path"/>'s field, repetition, component and subcomponent (segment part ignored).</summary>
    public Hl7Element Get(in Hl7Path path)
    {
        var element = Field(path.Field);
        if (path.Repetition > 0)
        {
            element = element.Repetition(path.Repetition);
        }

        if (path.Component > 0)
        {
            element = element.Component(path.Component);
            if (path.SubComponent > 0)
            {
                element = element.SubComponent(path.SubComponent);
            }
        }

        return element;
    }

    /// <summary>True when the id is <paramref name="id"/>, ignoring ASCII case.</summary>
    public bool IdEquals(ReadOnlySpan<byte> id) => System.Text.Ascii.EqualsIgnoreCase(Id, id);

    /// <summary>The whole segment, escaped, as a string (allocates; for diagnostics).</summary>
    public override string ToString() => System.Text.Encoding.Latin1.GetString(Raw);

    internal static bool IsHeaderId(ReadOnlySpan<byte> raw) =>
        raw.Length >= 3 && (System.Text.Ascii.EqualsIgnoreCase(raw[..3], "MSH"u8)
            || System.Text.Ascii.EqualsIgnoreCase(raw[..3], "FHS"u8) || System.Text.Ascii.EqualsIgnoreCase(raw[..3], "BHS"u8));
}
