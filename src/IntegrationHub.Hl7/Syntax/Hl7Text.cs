using System.Text;
using System.Text.Unicode;

namespace IntegrationHub.Hl7;

/// <summary>Turns message bytes into strings and back according to the message's character set.</summary>
public static class Hl7Text
{
    /// <summary>The UTF-8 byte-order mark some files start with.</summary>
    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Maps an MSH-18.1 value to a character set; false when the value is not one the hub supports.</summary>
    public static bool TryGetCharset(ReadOnlySpan<byte> msh18, out Hl7Charset charset)
    {
        msh18 = msh18.Trim((byte)' ');
        if (msh18.IsEmpty || msh18.SequenceEqual("\"\""u8))
        {
            charset = Hl7Charset.Default;
            return true;
        }

        if (Ascii.EqualsIgnoreCase(msh18, "ASCII"u8))
        {
            charset = Hl7Charset.Ascii;
            return true;
        }

        if (Ascii.EqualsIgnoreCase(msh18, "8859/1"u8))
        {
            charset = Hl7Charset.Latin1;
            return true;
        }

        if (Ascii.EqualsIgnoreCase(msh18, "UNICODE UTF-8"u8) || Ascii.EqualsIgnoreCase(msh18, "UTF-8"u8))
        {
            charset = Hl7Charset.Utf8;
            return true;
        }

        charset = Hl7Charset.Default;
        return false;
    }

    /// <summary>The .NET encoding used to read text of <paramref name="charset"/>, given the bytes it applies to.</summary>
    public static Encoding GetEncoding(Hl7Charset charset, ReadOnlySpan<byte> sample) => charset switch
    {
        Hl7Charset.Utf8 => Encoding.UTF8,
        Hl7Charset.Latin1 or Hl7Charset.Ascii => Encoding.Latin1,
        _ => Utf8.IsValid(sample) ? Encoding.UTF8 : Encoding.Latin1,
    };

    /// <summary>Decodes bytes (already unescaped) to a string.</summary>
    public static string GetString(ReadOnlySpan<byte> bytes, Hl7Charset charset) =>
        bytes.IsEmpty ? string.Empty : GetEncoding(charset, bytes).GetString(bytes);
}
