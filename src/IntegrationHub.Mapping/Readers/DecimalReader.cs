using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>NM as a FHIR decimal.</summary>
internal sealed class DecimalReader : ValueReader<FhirDecimal>
{
    public override bool TryRead(Hl7Element value, MappingContext context, out FhirDecimal result)
    {
        var leaf = Leaf(value);
        result = default;
        if (!leaf.HasValue)
        {
            return false;
        }

        if (!Hl7Number.TryParse(leaf.Raw, out var number, out var problem))
        {
            context.Warn(Hl7ErrorCode.DataTypeError, "Not a number: " + problem);
            return false;
        }

        result = number;
        return true;
    }
}
