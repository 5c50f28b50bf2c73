using System.Buffers;

namespace IntegrationHub.Hl7;

/// <summary>
/// Builds an HL7 v2 message into an <see cref="IBufferWriter{T}"/> (e.g. a reused <see cref="Hl7PooledBuffer"/>),
/// escaping text as it goes. Positions are written forward only: <see cref="MoveTo"/> emits just the separators
/// needed to reach a field/repetition/component/subcomponent, so trailing empty positions are never written.
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
    private readonly IBufferWriter<byte> _output;
    private readonly Hl7Delimiters _delimiters;
    private readonly Hl7WriterOptions _options;
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
            Hl7Output.Bytes(output, Hl7Text.Utf8Bom);
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
    public void BeginSegment(ReadOnlySpan<byte> id)
    {
        if (_segments++ > 0)
        {
            WriteTerminator();
        }

        Hl7Output.Bytes(_output, id);
        _field = 0;
        _repetition = _component = _subComponent = 1;
        if (Hl7Segment.IsHeaderId(id) && id.Length == 3)
        {
            Span<byte> encoding = stackalloc byte[5];
            Hl7Output.Byte(_output, _delimiters.Field);
            Hl7Output.Bytes(_output, encoding[.._delimiters.WriteEncodingCharacters(encoding)]);
            _field = 2;
        }
    }

    /// <summary>Moves forward to a position in the current segment, writing the separators between.</summary>
    public void MoveTo(int field, int repetition = 1, int component = 1, int subComponent = 1)
    {
        while (_field < field)
        {
            Hl7Output.Byte(_output, _delimiters.Field);
            _field++;
            _repetition = _component = _subComponent = 1;
        }

        while (_repetition < repetition)
        {
            Hl7Output.Byte(_output, _delimiters.Repetition);
            _repetition++;
            _component = _subComponent = 1;
        }

        while (_component < component)
        {
            Hl7Output.Byte(_output, _delimiters.Component);
            _component++;
            _subComponent = 1;
        }

        while (_subComponent < subComponent)
        {
            Hl7Output.Byte(_output, _delimiters.SubComponent);
            _subComponent++;
        }
    }

    /// <summary>Writes plain text (bytes in the message's charset), escaping delimiters, CR and LF.</summary>
    public readonly void WriteText(ReadOnlySpan<byte> text) => Hl7Escaping.Escape(text, _delimiters, _output);

    /// <summary>Writes plain text, encoded per <see cref="Hl7WriterOptions.Charset"/> and escaped.</summary>
    public readonly void WriteText(ReadOnlySpan<char> text) => Hl7Escaping.Escape(text, _delimiters, _options.Charset, _output);

    /// <summary>Writes text that is already escaped for these delimiters (e.g. copied from a parsed message).</summary>
    public readonly void WriteRaw(ReadOnlySpan<byte> escaped) => Hl7Output.Bytes(_output, escaped);

    /// <summary>Writes the explicit null <c>""</c> ("delete the receiver's value").</summary>
    public readonly void WriteNull() => Hl7Output.Bytes(_output, "\"\""u8);

    /// <summary>Writes a whole number.</summary>
    public readonly void WriteNumber(int value) => Hl7Output.Number(_output, value);

    /// <summary>Writes a DTM to the precision of ten-thousandths of a second with its offset.</summary>
    public readonly void WriteTimestamp(DateTimeOffset value) => Hl7Output.Timestamp(_output, value);

    /// <summary>Shortcut: <see cref="MoveTo"/> then <see cref="WriteText(ReadOnlySpan{byte})"/>.</summary>
    public void WriteField(int field, ReadOnlySpan<byte> text)
    {
        MoveTo(field);
        WriteText(text);
    }

    /// <summary>Shortcut: <see cref="MoveTo"/> then <see cref="WriteText(ReadOnlySpan{char})"/>.</summary>
    public void WriteField(int field, ReadOnlySpan<char> text)
    {
        MoveTo(field);
        WriteText(text);
    }

    /// <summary>Ends the last segment (with its terminator unless the options omit it).</summary>
    public readonly void End()
    {
        if (_segments > 0 && !_options.OmitFinalTerminator)
        {
            WriteTerminator();
        }
    }

    private readonly void WriteTerminator()
    {
        switch (_options.Terminator)
        {
            case Hl7LineEnding.Lf:
                Hl7Output.Byte(_output, (byte)'\n');
                break;
            case Hl7LineEnding.CrLf:
                Hl7Output.Bytes(_output, "\r\n"u8);
                break;
            default:
                Hl7Output.Byte(_output, (byte)'\r');
                break;
        }
    }
}
