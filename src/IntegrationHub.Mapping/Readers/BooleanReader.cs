using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>A v2 indicator (HL7 table 0136: Y/N) as a FHIR boolean; a vocabulary may map other codes to <c>true</c>/<c>false</c>.</summary>
internal sealed class BooleanReader(Vocabulary? vocabulary) : ValueReader<bool>
{
    public override bool TryRead(Hl7Element value, MappingContext context, out bool result)
    {
        var leaf = Leaf(value);
        result = false;
        if (!leaf.HasValue)
        {
            return false;
        }

        if (vocabulary?.Find(leaf.Raw) is { } entry)
        {
            result = entry.Code == "true";
            return true;
        }

        if (leaf.ValueEquals("Y"u8) || leaf.ValueEquals("y"u8))
        {
            result = true;
            return true;
        }

        if (leaf.ValueEquals("N"u8) || leaf.ValueEquals("n"u8))
        {
            return true;
        }

        context.Warn(Hl7ErrorCode.TableValueNotFound, $"'{leaf.ToString()}' is not Y or N; the element is left out.");
        return false;
    }
}
