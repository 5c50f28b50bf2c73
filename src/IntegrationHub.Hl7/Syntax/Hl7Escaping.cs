using System.Buffers;

namespace IntegrationHub.Hl7;

/// <summary>
/// HL7 v2 escape sequences (v2.5 §2.7): <c>\F\ \S\ \T\ \R\ \E\ \P\</c> for delimiters, <c>\Xhh..\</c> for bytes,
/// <c>\.br\</c> and other formatting commands, <c>\H\</c>/<c>\N\</c> highlighting, <c>\C..\</c>/<c>\M..\</c>
/// character-set switches and locally defined <c>\Z..\</c>. A malformed sequence is copied verbatim and reported,
/// never guessed at.
/// </summary>
public static partial class Hl7Escaping
{
    /// <summary>The longest escaped form of one input byte (<c>\X0D\</c>).</summary>
    public const int MaxExpansion = 5;

    /// <summary>True when <paramref name="raw"/> contains the escape character, i.e. needs unescaping.</summary>
    public static bool NeedsUnescape(ReadOnlySpan<byte> raw, in Hl7Delimiters delimiters) =>
        delimiters.Escape != 0 && raw.IndexOf(delimiters.Escape) >= 0;

    /// <summary>
    /// True when every escape sequence in <paramref name="raw"/> is a well-formed delimiter escape
    /// (<c>\F\ \S\ \T\ \R\ \E\ \P\</c>), i.e. the text survives unescape → escape unchanged.
    /// </summary>
    public static bool HasOnlyDelimiterEscapes(ReadOnlySpan<byte> raw, in Hl7Delimiters delimiters)
    {
        byte esc = delimiters.Escape;
        while (true)
        {
            int at = raw.IndexOf(esc);
            if (at < 0)
            {
                return true;
            }

            if (raw.Length < at + 3 || raw[at + 2] != esc || !IsDelimiterCode(raw[at + 1], delimiters))
            {
                return false;
            }

            raw = raw[(at + 3)..];
        }
    }

    private static bool IsDelimiterCode(byte code, in Hl7Delimiters d) =>
        code is (byte)'F' or (byte)'S' or (byte)'T' or (byte)'R' or (byte)'E' || (code == 'P' && d.Truncation != 0);

    /// <summary>
    /// Decodes escapes in <paramref name="raw"/> into <paramref name="destination"/>, which needs at most
    /// <c>raw.Length</c> bytes. Returns false when an escape sequence was malformed (it was copied verbatim).
    /// </summary>
    public static bool Unescape(ReadOnlySpan<byte> raw, in Hl7Delimiters delimiters, Span<byte> destination, out int written, Hl7TextOptions options = Hl7TextOptions.None)
    {
        byte esc = delimiters.Escape;
        bool valid = true;
        written = 0;
        while (true)
        {
            int at = esc == 0 ? -1 : raw.IndexOf(esc);
            if (at < 0)
            {
                raw.CopyTo(destination[written..]);
                written += raw.Length;
                return valid;
            }

            raw[..at].CopyTo(destination[written..]);
            written += at;
            raw = raw[(at + 1)..];
            int close = raw.IndexOf(esc);
            if (close < 0 || !TryDecode(raw[..close], delimiters, destination[written..], options, out int produced))
            {
                // Malformed: keep the escape character as text and carry on after it.
                valid = false;
                destination[written++] = esc;
                continue;
            }

            written += produced;
            raw = raw[(close + 1)..];
        }
    }

    /// <summary>Decodes one sequence body (between escape characters); false when it is not a valid sequence.</summary>
    private static bool TryDecode(ReadOnlySpan<byte> body, in Hl7Delimiters d, Span<byte> destination, Hl7TextOptions options, out int produced)
    {
        produced = 0;
        if (body.IsEmpty)
        {
            return false;
        }

        bool keep = (options & Hl7TextOptions.KeepFormatting) != 0;
        if (body.Length == 1)
        {
            byte single = body[0] switch
            {
                (byte)'F' => d.Field,
                (byte)'S' => d.Component,
                (byte)'T' => d.SubComponent,
                (byte)'R' => d.Repetition,
                (byte)'E' => d.Escape,
                (byte)'P' => d.Truncation,
                _ => 0,
            };
            if (single != 0)
            {
                destination[0] = single;
                produced = 1;
                return true;
            }

            if (body[0] is (byte)'H' or (byte)'N')
            {
                return KeepOrDrop(body, d.Escape, destination, keep, out produced);
            }

            return false;
        }

        switch (body[0])
        {
            case (byte)'X':
                return TryDecodeHex(body[1..], destination, out produced);
            case (byte)'.':
                if (!IsFormattingCommand(body[1..]))
                {
                    return false;
                }

                if (!keep && body.SequenceEqual(".br"u8))
                {
                    destination[0] = (byte)'\n';
                    produced = 1;
                    return true;
                }

                return KeepOrDrop(body, d.Escape, destination, keep, out produced);
            case (byte)'C' or (byte)'M':
                return IsHex(body[1..]) && body.Length is 5 or 7 && KeepOrDrop(body, d.Escape, destination, keep, out produced);
            case (byte)'Z':
                // Locally defined: meaning unknown to us, so it is always kept for the receiver to interpret.
                return KeepOrDrop(body, d.Escape, destination, keep: true, out produced);
            default:
                return false;
        }
    }

    private static bool KeepOrDrop(ReadOnlySpan<byte> body, byte esc, Span<byte> destination, bool keep, out int produced)
    {
        produced = 0;
        if (keep)
        {
            destination[0] = esc;
            body.CopyTo(destination[1..]);
            destination[body.Length + 1] = esc;
            produced = body.Length + 2;
        }

        return true;
    }

    private static bool TryDecodeHex(ReadOnlySpan<byte> hex, Span<byte> destination, out int produced)
    {
        produced = 0;
        if (hex.IsEmpty || (hex.Length & 1) != 0 || !IsHex(hex))
        {
            return false;
        }

        for (int i = 0; i < hex.Length; i += 2)
        {
            destination[produced++] = (byte)((HexValue(hex[i]) << 4) | HexValue(hex[i + 1]));
        }

        return true;
    }

    private static bool IsHex(ReadOnlySpan<byte> value) => !value.IsEmpty && !value.ContainsAnyExcept(HexDigits);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private static bool IsFormattingCommand(ReadOnlySpan<byte> command)
    {
        // .br .sp<n> .fi .nf .in<±n> .ti<±n> .sk<n> .ce (v2.5 §2.7.6)
        if (command.Length < 2)
        {
            return false;
        }

        var name = command[..2];
        var argument = command[2..];
        if (name.SequenceEqual("br"u8) || name.SequenceEqual("fi"u8) || name.SequenceEqual("nf"u8) || name.SequenceEqual("ce"u8))
        {
            return argument.IsEmpty;
        }

        if (name.SequenceEqual("sp"u8) || name.SequenceEqual("sk"u8) || name.SequenceEqual("in"u8) || name.SequenceEqual("ti"u8))
        {
            if (!argument.IsEmpty && argument[0] is (byte)'+' or (byte)'-')
            {
                argument = argument[1..];
            }

            return !argument.ContainsAnyExceptInRange((byte)'0', (byte)'9');
        }

        return false;
    }

    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef"u8);
}
