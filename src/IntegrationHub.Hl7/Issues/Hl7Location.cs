using System.Globalization;
using System.Text;

namespace IntegrationHub.Hl7;

/// <summary>
/// Where an issue is (HL7 ERL data type): segment id, occurrence of that segment (1-based), field, repetition,
/// component and subcomponent. 0 means "not given". <see cref="ToString"/> renders <c>PID-3[2].4.1</c>;
/// a segment occurrence above 1 renders as <c>OBX(2)-5</c>.
/// </summary>
public readonly record struct Hl7Location(string Segment, int SegmentSequence, int Field, int Repetition, int Component, int SubComponent)
{
    /// <summary>A location naming only a segment occurrence.</summary>
    public static Hl7Location ForSegment(string segment, int sequence = 0) => new(segment, sequence, 0, 0, 0, 0);

    /// <summary>A location naming a field (and optionally deeper positions).</summary>
    public static Hl7Location ForField(string segment, int field, int repetition = 0, int component = 0, int subComponent = 0) =>
        new(segment, 0, field, repetition, component, subComponent);

    public override string ToString()
    {
        var builder = new StringBuilder(24);
        builder.Append(Segment);
        if (SegmentSequence > 1)
        {
            builder.Append('(').Append(SegmentSequence.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        if (Field > 0)
        {
            builder.Append('-').Append(Field.ToString(CultureInfo.InvariantCulture));
            if (Repetition > 0)
            {
                builder.Append('[').Append(Repetition.ToString(CultureInfo.InvariantCulture)).Append(']');
            }

            if (Component > 0)
            {
                builder.Append('.').Append(Component.ToString(CultureInfo.InvariantCulture));
                if (SubComponent > 0)
                {
                    builder.Append('.').Append(SubComponent.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        return builder.ToString();
    }
}
