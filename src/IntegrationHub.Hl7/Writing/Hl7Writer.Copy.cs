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

    /// <summary>Writes one segment's fields, repetitions, components and subcomponents.</summary>
    public void WriteSegment(scoped in Hl7Segment segment)
    {
        BeginSegment(segment.Id);
        int first = segment.IsHeader ? 3 : 1;
        int fields = segment.FieldCount;
        Span<byte> scratch = stackalloc byte[256];
        for (int f = first; f <= fields; f++)
        {
            var field = segment.Field(f);
            MoveTo(f);
            int repetitions = field.RepetitionCount;
            for (int r = 1; r <= repetitions; r++)
            {
                var repetition = field.Repetition(r);
                int components = repetition.ComponentCount;
                for (int c = 1; c <= components; c++)
                {
                    var component = repetition.Component(c);
                    int subs = component.SubComponentCount;
                    for (int s = 1; s <= subs; s++)
                    {
                        MoveTo(f, r, c, s);
                        WriteValue(component.SubComponent(s), scratch);
                    }
                }
            }
        }
    }

    private readonly void WriteValue(Hl7Element value, Span<byte> scratch)
    {
        if (!value.NeedsUnescape || !Hl7Escaping.HasOnlyDelimiterEscapes(value.Raw, _delimiters) || value.Raw.Length > scratch.Length)
        {
            WriteRaw(value.Raw);
            return;
        }

        value.TryUnescape(scratch, out int written);
        WriteText(scratch[..written]);
    }
}
