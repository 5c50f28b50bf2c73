using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>DTM/TS as a FHIR instant; a value without a time of day cannot be one and is reported.</summary>
internal sealed class InstantReader : ValueReader<FhirInstant>
{
    public override bool TryRead(Hl7Element value, MappingContext context, out FhirInstant result)
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

        if (time.Precision < Hl7Precision.Minute)
        {
            context.Warn(Hl7ErrorCode.DataTypeError, "An instant needs at least a time to the minute.");
            return false;
        }

        if (!TimeReading.TryToOffset(time, out var instant))
        {
            context.Warn(Hl7ErrorCode.DataTypeError, "The UTC offset is out of range.");
            return false;
        }

        result = new FhirInstant(instant);
        return true;
    }
}
