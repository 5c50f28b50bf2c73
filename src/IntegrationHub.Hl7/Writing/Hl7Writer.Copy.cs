namespace IntegrationHub.Hl7;

public ref partial struct Hl7Writer
{
    /// <summary>
    /// Writes a parsed message again, segment by segment, through the same positional API as any other message.
    /// Values whose escapes are all delimiter escapes are unescaped and escaped again; values holding formatting,
    /// hexadecimal or malformed escapes (which have no plain-text form) are copied as sent. For well-formed input the
    /// output is byte-identical when the writer uses the message's delimiters and layout (see <see cref="OptionsFor"/>).
    /// </summary>
    public void WriteMessage(scoped in Hl7Message message)
    {
        for (int i = 0; i < message.SegmentCount; i++)
        {
            WriteSegment(message.Segment(i));
        }

        End();
    }

    /// <summary>Writer options that reproduce <paramref name="message"/>'s layout (terminator, BOM, final terminator).</summary>
    public static Hl7WriterOptions OptionsFor(scoped in Hl7Message message) =>
        new(message.SegmentTerminator, !message.EndsWithTerminator, message.Charset, message.HasByteOrderMark);

    /// <summary>Writes one segment's fields, repetitions, components and subcomponents, walking each level once.</summary>
    public void WriteSegment(scoped in Hl7Segment segment)
    {
        BeginSegment(segment.Id);
        var d = _delimiters;
        var rest = segment.Raw;
        int skip = rest.IndexOf(d.Field);
        if (skip < 0)
        {
            return;
        }

        rest = rest[(skip + 1)..];
        int field = 1;
        if (segment.IsHeader)
        {
            // MSH-1 and MSH-2 were written by BeginSegment.
            int encoding = rest.IndexOf(d.Field);
            if (encoding < 0)
            {
                return;
            }

            rest = rest[(encoding + 1)..];
            field = 3;
        }

        Span<byte> scratch = stackalloc byte[256];
        ReadOnlySpan<byte> structure = [d.Repetition, d.Component, d.SubComponent, d.Escape];
        while (true)
        {
            var value = Next(ref rest, d.Field, out bool more);
            if (value.IndexOfAny(structure) < 0)
            {
                // A single plain value: the positional walk below would write exactly these bytes.
                MoveTo(field);
                WriteRaw(value);
                if (!more)
                {
                    break;
                }

                field++;
                continue;
            }

            int repetition = 1;
            while (true)
            {
                var repetitionValue = Next(ref value, d.Repetition, out bool moreRepetitions);
                int component = 1;
                while (true)
                {
                    var componentValue = Next(ref repetitionValue, d.Component, out bool moreComponents);
                    if (componentValue.IndexOfAny(d.SubComponent, d.Escape) < 0)
                    {
                        MoveTo(field, repetition, component);
                        WriteRaw(componentValue);
                    }
                    else
                    {
                        WriteSubComponents(componentValue, field, repetition, component, scratch);
                    }

                    if (!moreComponents)
                    {
                        break;
                    }

                    component++;
                }

                if (!moreRepetitions)
                {
                    break;
                }

                repetition++;
            }

            if (!more)
            {
                break;
            }

            field++;
        }
    }

    private void WriteSubComponents(scoped ReadOnlySpan<byte> component, int field, int repetition, int index, scoped Span<byte> scratch)
    {
        for (int sub = 1; ; sub++)
        {
            var leaf = Next(ref component, _delimiters.SubComponent, out bool more);
            MoveTo(field, repetition, index, sub);
            WriteValue(leaf, scratch);
            if (!more)
            {
                return;
            }
        }
    }

    private static ReadOnlySpan<byte> Next(ref ReadOnlySpan<byte> rest, byte separator, out bool more)
    {
        int at = separator == 0 ? -1 : rest.IndexOf(separator);
        ReadOnlySpan<byte> piece;
        if (at < 0)
        {
            piece = rest;
            rest = default;
            more = false;
        }
        else
        {
            piece = rest[..at];
            rest = rest[(at + 1)..];
            more = true;
        }

        return piece;
    }

    private void WriteValue(scoped ReadOnlySpan<byte> raw, scoped Span<byte> scratch)
    {
        if (!Hl7Escaping.NeedsUnescape(raw, _delimiters) || !Hl7Escaping.HasOnlyDelimiterEscapes(raw, _delimiters) || raw.Length > scratch.Length)
        {
            WriteRaw(raw);
            return;
        }

        Hl7Escaping.Unescape(raw, _delimiters, scratch, out int written);
        WriteText(scratch[..written]);
    }
}
