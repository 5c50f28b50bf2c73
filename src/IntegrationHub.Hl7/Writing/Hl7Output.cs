using System.Buffers;
using System.Globalization;
using System.Text;

namespace IntegrationHub.Hl7;

/// <summary>Writing helpers shared by <see cref="Hl7Writer"/> and the escaping code.</summary>
internal static class Hl7Output
{
    /// <summary>Writes a DTM as <c>yyyyMMddHHmmss.ffff+zzzz</c>.</summary>
    public static void Timestamp(IBufferWriter<byte> output, DateTimeOffset value)
    {
        var span = output.GetSpan(24);
        value.TryFormat(span, out int written, "yyyyMMddHHmmss.ffff", CultureInfo.InvariantCulture);
        var offset = value.Offset;
        span[written++] = offset < TimeSpan.Zero ? (byte)'-' : (byte)'+';
        offset = offset.Duration();
        int hhmm = (offset.Hours * 100) + offset.Minutes;
        hhmm.TryFormat(span[written..], out int digits, "D4", CultureInfo.InvariantCulture);
        output.Advance(written + digits);
    }

    /// <summary>The encoding strings are written in: Latin-1 for 8859/1 and ASCII messages, otherwise UTF-8.</summary>
    public static Encoding EncodingFor(Hl7Charset charset) =>
        charset is Hl7Charset.Latin1 or Hl7Charset.Ascii ? Encoding.Latin1 : Encoding.UTF8;
}
