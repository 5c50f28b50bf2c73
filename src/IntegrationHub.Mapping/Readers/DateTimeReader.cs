using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>DTM/TS as a FHIR dateTime: a date when only a date was sent, else a time with an offset.</summary>
internal sealed class DateTimeReader : ValueReader<FhirDateTime>
{
    public override bool TryRead(Hl7Element value, MappingContext context, out FhirDateTime result)
    {
        var leaf = Leaf(value);
        result = default;
        if (!leaf.HasValue)
        {
            return false;
        }

        if (!Hl7DateTime.TryParse(leaf.Raw, out var time, out var problem))
        {
            context.Warn(Hl7ErrorCode.DataTypeError, "Not a date/time: " + problem);
            return false;
        }

        result = time.Precision switch
        {
            Hl7Precision.Year => new FhirDateTime(new FhirDate(time.Year)),
            Hl7Precision.Month => new FhirDateTime(new FhirDate(time.Year, time.Month)),
            Hl7Precision.Day => new FhirDateTime(new FhirDate(time.Year, time.Month, time.Day)),
            _ => new FhirDateTime(TimeReading.ToOffset(time)),
        };
        return true;
    }
}
