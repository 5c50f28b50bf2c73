using System.Buffers;
using System.Globalization;
using System.Text;

namespace IntegrationHub.Hl7;

/// <summary>Small writing primitives over <see cref="IBufferWriter{T}"/> shared by the ACK and message writers.</summary>
internal static class Hl7Output
{
    public static void Byte(IBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    public static void Bytes(IBufferWriter<byte> output, ReadOnlySpan<byte> value)
    {
        if (!value.IsEmpty)
        {
            output.Write(value);
        }
    }

    /// <summary>Writes text that is already in escaped form (e.g. a raw field copied from another message).</summary>
    public static void Raw(IBufferWriter<byte> output, string? value, Hl7Charset charset)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var encoding = EncodingFor(charset);
        var span = output.GetSpan(encoding.GetMaxByteCount(value.Length));
        output.Advance(encoding.GetBytes(value, span));
    }

    public static void Escaped(IBufferWriter<byte> output, string? value, in Hl7Delimiters delimiters, Hl7Charset charset)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Hl7Escaping.Escape(value.AsSpan(), delimiters, charset, output);
        }
    }

    public static void Number(IBufferWriter<byte> output, int value)
    {
        var span = output.GetSpan(11);
        value.TryFormat(span, out int written, default, CultureInfo.InvariantCulture);
        output.Advance(written);
    }

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

    public static Encoding EncodingFor(Hl7Charset charset) =>
        charset is Hl7Charset.Latin1 or Hl7Charset.Ascii ? Encoding.Latin1 : Encoding.UTF8;
}
