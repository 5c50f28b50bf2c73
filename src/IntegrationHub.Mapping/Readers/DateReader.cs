using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>DT/DTM as a FHIR date, keeping the precision sent (a year of birth stays a year).</summary>
internal sealed class DateReader : ValueReader<FhirDate>
{
    public override bool TryRead(Hl7Element value, MappingContext context, out FhirDate result)
    {
        var leaf = Leaf(value);
        result = default;
        if (!leaf.HasValue)
        {
            return false;
        }

        if (!Hl7DateTime.TryParse(leaf.Raw, out var time, out var problem))
        {
            context.Warn(Hl7ErrorCode.DataTypeError, "Not a date: " + problem);
            return false;
        }

        result = time.Precision switch
        {
            Hl7Precision.Year => new FhirDate(time.Year),
            Hl7Precision.Month => new FhirDate(time.Year, time.Month),
            _ => new FhirDate(time.Year, time.Month, time.Day),
        };
        return true;
    }
}
