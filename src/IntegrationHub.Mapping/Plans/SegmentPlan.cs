using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>A compiled segment map: rows that read fields of one segment into one resource.</summary>
internal sealed class SegmentPlan(string name, string segment, Type root, RowPlan[] rows)
{
    public string Name { get; } = name;

    public string Segment { get; } = segment;

    public Type Root { get; } = root;

    public RowPlan[] Rows { get; } = rows;

    public int Apply(object target, Hl7Segment segment, int occurrence, MappingContext context)
    {
        var written = 0;
        foreach (var row in Rows)
        {
            switch (row.Source)
            {
                case RowSource.Field:
                    var field = segment.Field(row.Field);
                    if (!field.HasValue)
                    {
                        continue;
                    }

                    var repetitions = row.EachRepetition ? field.RepetitionCount : 1;
                    for (var r = 1; r <= repetitions; r++)
                    {
                        context.Location = new Hl7Location(Segment, occurrence, row.Field, r, row.Component, 0);
                        var value = field.Repetition(r);
                        if (row.Component > 0)
                        {
                            value = value.Component(row.Component);
                        }

                        if (value.HasValue && row.Binding.Apply(target, value, context))
                        {
                            written++;
                        }
                    }

                    break;
                case RowSource.Header:
                    context.Location = new Hl7Location("MSH", 1, row.Field, 0, 0, 0);
                    if (row.Binding.Apply(target, context.Header(row.Field), context))
                    {
                        written++;
                    }

                    break;
                case RowSource.Constant:
                    row.Binding.Apply(target, new Hl7Segment(row.Constant, Hl7Delimiters.Default).Field(1), context);
                    break;
                default:
                    break;
            }
        }

        return written;
    }
}
