using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>A compiled datatype map: rows that read components of one v2 value into one FHIR element.</summary>
internal sealed class DatatypePlan(string name, Type root)
{
    public string Name { get; } = name;

    public Type Root { get; } = root;

    /// <summary>Filled after construction so maps that use each other can be compiled in any order.</summary>
    public RowPlan[] Rows { get; set; } = [];

    /// <summary>Applies every row; returns how many wrote something from the message (constants do not count).</summary>
    public int Apply(object target, Hl7Element value, MappingContext context)
    {
        var written = 0;
        var constants = 0;
        foreach (var row in Rows)
        {
            switch (row.Source)
            {
                case RowSource.Child:
                    var child = value.Child(row.Field);
                    if (row.Component > 0)
                    {
                        child = child.SubComponent(row.Component);
                    }

                    if (child.HasValue && row.Binding.Apply(target, child, context))
                    {
                        written++;
                    }

                    break;
                case RowSource.Whole:
                    if (value.HasValue && row.Binding.Apply(target, value, context))
                    {
                        written++;
                    }

                    break;
                case RowSource.Header:
                    // A header value is context (e.g. the sender as a fallback authority), not content.
                    if (written > 0)
                    {
                        row.Binding.Apply(target, context.Header(row.Field), context);
                    }

                    break;
                default:
                    constants++;
                    break;
            }
        }

        if (written > 0 && constants > 0)
        {
            foreach (var row in Rows)
            {
                if (row.Source == RowSource.Constant)
                {
                    row.Binding.Apply(target, new Hl7Segment(row.Constant, Hl7Delimiters.Default).Field(1), context);
                }
            }
        }

        return written;
    }
}
