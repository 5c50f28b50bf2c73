using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// Coverage.payor is required: an IN1 without the insurance company (IN1-4) cannot be a Coverage, so it
/// is left out with a warning rather than rejecting the whole ADT message.
/// </summary>
internal static class CoverageRules
{
    public static bool Apply(Coverage coverage, int occurrence, MappingContext context)
    {
        if (coverage.Payor is { Count: > 0 })
        {
            return true;
        }

        context.Location = new Hl7Location("IN1", occurrence, 4, 0, 0, 0);
        context.Warn(Hl7ErrorCode.RequiredFieldMissing, "An IN1 without the insurance company (IN1-4) is left out.");
        return false;
    }
}
