using System.Buffers;

namespace IntegrationHub.Hl7;

/// <summary>
/// Builds an HL7 v2 message into an <see cref="IBufferWriter{T}"/> (e.g. a reused <see cref="Hl7PooledBuffer"/>),
/// escaping text as it goes. Positions are written forward only: <see cref="MoveTo"/> emits just the separators
/// needed to reach a field/repetition/component/subcomponent, so trailing empty positions are never written.
/// The writer fills a span borrowed from the output and commits it in blocks: call <see cref="End"/> (or
/// <see cref="Flush"/>) before reading the output.
/// <code>
/// var writer = new Hl7Writer(buffer, Hl7Delimiters.Default);
/// writer.BeginSegment("PID"u8);
/// writer.MoveTo(3, 1, 1); writer.WriteText("9434765919"u8);
/// writer.MoveTo(3, 1, 4); writer.WriteText("NHS"u8);
/// writer.End();
/// </code>
/// </summary>
public ref partial struct Hl7Writer
{
    private const int BlockSize = 2048;
    private readonly IBufferWriter<byte> _output;
    private readonly Hl7Delimiters _delimiters;
    private readonly Hl7WriterOptions _options;
    private Span<byte> _span;
    private int _position;
    private int _segments;
    private int _field;
    private int _repetition;
    private int _component;
    private int _subComponent;

    public Hl7Writer(IBufferWriter<byte> output, Hl7Delimiters delimiters, in Hl7WriterOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _delimiters = delimiters;
        _options = options;
        if (options.ByteOrderMark)
        {
            WriteRaw(Hl7Text.Utf8Bom);
        }
    }

    /// <summary>The delimiters this writer uses.</summary>
    public readonly Hl7Delimiters Delimiters => _delimiters;

    /// <summary>How many segments have been started.</summary>
    public readonly int SegmentCount => _segments;

    /// <summary>
    /// Ends the previous segment and starts one. For MSH, FHS and BHS the field separator and encoding characters
    /// (fields 1 and 2) are written too, so the next position is field 3.
    /// </summary>
    public void BeginSegment(scoped ReadOnlySpan<byte> id)
    {
        if (_segments++ > 0)
        {
            WriteTerminator();
        }

        WriteRaw(id);
        _field = 0;
        _repetition = _component = _subComponent = 1;
        if (id.Length == 3 && Hl7Segment.IsHeaderId(id))
        {
            var span = Reserve(6);
            span[0] = _delimiters.Field;
            _position += 1 + _delimiters.WriteEncodingCharacters(span[1..]);
            _field = 2;
        }
    }

    /// <summary>Moves forward to a position in the current segment, writing the separators between.</summary>
    public void MoveTo(int field, int repetition = 1, int component = 1, int subComponent = 1)
    {
        if (_field < field)
        {
            Repeat(_delimiters.Field, field - _field);
            _field = field;
            _repetition = _component = _subComponent = 1;
        }

        if (_repetition < repetition)
        {
            Repeat(_delimiters.Repetition, repetition - _repetition);
            _repetition = repetition;
            _component = _subComponent = 1;
        }

        if (_component < component)
        {
            Repeat(_delimiters.Component, component - _component);
            _component = component;
            _subComponent = 1;
        }

        if (_subComponent < subComponent)
        {
            Repeat(_delimiters.SubComponent, subComponent - _subComponent);
            _subComponent = subComponent;
        }
    }

    /// <summary>Writes plain text (bytes in the message's charset), escaping delimiters, CR and LF.</summary>
    public void WriteText(scoped ReadOnlySpan<byte> text)
    {
        var span = Reserve(text.Length * Hl7Escaping.MaxExpansion);
        _position += Hl7Escaping.Escape(text, _delimiters, span);
    }

    /// <summary>Writes plain text, encoded per <see cref="Hl7WriterOptions.Charset"/> and escaped.</summary>
    public void WriteText(scoped ReadOnlySpan<char> text)
    {
        var encoding = Hl7Output.EncodingFor(_options.Charset);
        int max = encoding.GetMaxByteCount(text.Length);
        byte[]? rented = max > 512 ? ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> bytes = rented ?? stackalloc byte[512];
        int length = encoding.GetBytes(text, bytes);
        WriteText(bytes[..length]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes text that is already escaped for these delimiters (e.g. copied from a parsed message).</summary>
    public void WriteRaw(scoped ReadOnlySpan<byte> escaped)
    {
        escaped.CopyTo(Reserve(escaped.Length));
        _position += escaped.Length;
    }

    /// <summary>Writes text that is already escaped (e.g. a raw field kept as a string), encoded per the options' charset.</summary>
    public void WriteRaw(scoped ReadOnlySpan<char> escaped)
    {
        var encoding = Hl7Output.EncodingFor(_options.Charset);
        var span = Reserve(encoding.GetMaxByteCount(escaped.Length));
        _position += encoding.GetBytes(escaped, span);
    }

    /// <summary>Writes the explicit null <c>""</c> ("delete the receiver's value").</summary>
    public void WriteNull() => WriteRaw("\"\""u8);

    /// <summary>Writes a whole number.</summary>
    public void WriteNumber(int value)
    {
        value.TryFormat(Reserve(11), out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        _position += written;
    }

    /// <summary>Writes a DTM as <c>yyyyMMddHHmmss.ffff+zzzz</c>.</summary>
    public void WriteTimestamp(DateTimeOffset value)
    {
        Flush();
        Hl7Output.Timestamp(_output, value);
    }

    /// <summary>Shortcut: <see cref="MoveTo"/> then <see cref="WriteText(ReadOnlySpan{byte})"/>.</summary>
    public void WriteField(int field, scoped ReadOnlySpan<byte> text)
    {
        MoveTo(field);
        WriteText(text);
    }

    /// <summary>Shortcut: <see cref="MoveTo"/> then <see cref="WriteText(ReadOnlySpan{char})"/>.</summary>
    public void WriteField(int field, string text)
    {
        MoveTo(field);
        WriteText(text.AsSpan());
    }

    /// <summary>Ends the last segment (with its terminator unless the options omit it) and commits to the output.</summary>
    public void End()
    {
        if (_segments > 0 && !_options.OmitFinalTerminator)
        {
            WriteTerminator();
        }

        Flush();
    }

    /// <summary>Commits what was written so far to the output.</summary>
    public void Flush()
    {
        if (_position > 0)
        {
            _output.Advance(_position);
        }

        _position = 0;
        _span = default;
    }

    private void WriteTerminator() => WriteRaw(_options.Terminator switch
    {
        Hl7LineEnding.Lf => "\n"u8,
        Hl7LineEnding.CrLf => "\r\n"u8,
        _ => "\r"u8,
    });

    private void Repeat(byte separator, int count)
    {
        var span = Reserve(count);
        if (count == 1)
        {
            span[0] = separator;
        }
        else
        {
            span[..count].Fill(separator);
        }

        _position += count;
    }

    private Span<byte> Reserve(int size)
    {
        if (_span.Length - _position < size)
        {
            Flush();
            _span = _output.GetSpan(Math.Max(size, BlockSize));
        }

        return _span[_position..];
    }
}
