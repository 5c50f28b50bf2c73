using System.Buffers;
using System.Text;

namespace IntegrationHub.Hl7;

public static partial class Hl7Escaping
{
    /// <summary>
    /// Escapes plain text (already encoded as bytes) so it can sit inside a field: delimiters become
    /// <c>\F\ \S\ \T\ \R\ \E\ \P\</c> and CR/LF become <c>\X0D\</c>/<c>\X0A\</c>. <paramref name="destination"/> needs
    /// <c>text.Length * <see cref="MaxExpansion"/></c> bytes in the worst case. Returns the bytes written.
    /// </summary>
    public static int Escape(ReadOnlySpan<byte> text, in Hl7Delimiters delimiters, Span<byte> destination)
    {
        int written = 0;
        while (!text.IsEmpty)
        {
            int at = IndexOfSpecial(text, delimiters);
            if (at < 0)
            {
                text.CopyTo(destination[written..]);
                return written + text.Length;
            }

            text[..at].CopyTo(destination[written..]);
            written += at;
            written += EscapeOne(text[at], delimiters, destination[written..]);
            text = text[(at + 1)..];
        }

        return written;
    }

    /// <summary>Escapes <paramref name="text"/> straight into <paramref name="output"/>.</summary>
    public static void Escape(ReadOnlySpan<byte> text, in Hl7Delimiters delimiters, IBufferWriter<byte> output)
    {
        if (IndexOfSpecial(text, delimiters) < 0)
        {
            output.Write(text);
            return;
        }

        var span = output.GetSpan(text.Length * MaxExpansion);
        output.Advance(Escape(text, delimiters, span));
    }

    /// <summary>Encodes <paramref name="text"/> as UTF-8 (or Latin-1 for 8859/1 and ASCII messages) and escapes it into <paramref name="output"/>.</summary>
    public static void Escape(ReadOnlySpan<char> text, in Hl7Delimiters delimiters, Hl7Charset charset, IBufferWriter<byte> output)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var encoding = Hl7Output.EncodingFor(charset);
        byte[] rented = ArrayPool<byte>.Shared.Rent(encoding.GetMaxByteCount(text.Length));
        int length = encoding.GetBytes(text, rented);
        Escape(rented.AsSpan(0, length), delimiters, output);
        ArrayPool<byte>.Shared.Return(rented);
    }

    /// <summary>Returns an escaped copy of <paramref name="text"/> (allocates; for tests and tools).</summary>
    public static string EscapeToString(string text, in Hl7Delimiters delimiters)
    {
        var buffer = new ArrayBufferWriter<byte>(text.Length + 16);
        Escape(text, delimiters, Hl7Charset.Utf8, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static int IndexOfSpecial(ReadOnlySpan<byte> text, in Hl7Delimiters d)
    {
        int first = text.IndexOfAny(d.Field, d.Component, d.SubComponent);
        int second = text.IndexOfAny(d.Repetition, d.Escape, (byte)'\r');
        int third = text.IndexOfAny((byte)'\n', d.Truncation == 0 ? (byte)'\r' : d.Truncation);
        return Min(Min(first, second), third);
    }

    private static int Min(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

    private static int EscapeOne(byte value, in Hl7Delimiters d, Span<byte> destination)
    {
        byte code = value == d.Field ? (byte)'F'
            : value == d.Component ? (byte)'S'
            : value == d.SubComponent ? (byte)'T'
            : value == d.Repetition ? (byte)'R'
            : value == d.Escape ? (byte)'E'
            : value == d.Truncation ? (byte)'P'
            : (byte)0;
        byte esc = d.Escape;
        if (esc == 0)
        {
            // No escape character declared: a delimiter cannot be carried, so it is replaced by a space.
            destination[0] = (byte)' ';
            return 1;
        }

        if (code != 0)
        {
            destination[0] = esc;
            destination[1] = code;
            destination[2] = esc;
            return 3;
        }

        destination[0] = esc;
        destination[1] = (byte)'X';
        destination[2] = (byte)'0';
        destination[3] = value == (byte)'\r' ? (byte)'D' : (byte)'A';
        destination[4] = esc;
        return 5;
    }
}
