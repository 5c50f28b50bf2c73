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

        switch (time.Precision)
        {
            case Hl7Precision.Year:
                result = new FhirDateTime(new FhirDate(time.Year));
                return true;
            case Hl7Precision.Month:
                result = new FhirDateTime(new FhirDate(time.Year, time.Month));
                return true;
            case Hl7Precision.Day:
                result = new FhirDateTime(new FhirDate(time.Year, time.Month, time.Day));
                return true;
            default:
                if (!TimeReading.TryToOffset(time, out var instant))
                {
                    context.Warn(Hl7ErrorCode.DataTypeError, "The UTC offset is out of range.");
                    return false;
                }

                result = new FhirDateTime(instant);
                return true;
        }
    }
}
