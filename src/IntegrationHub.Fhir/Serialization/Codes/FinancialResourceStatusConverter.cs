namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="FinancialResourceStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class FinancialResourceStatusConverter() : FhirCodeConverter<FinancialResourceStatus>(
[
    "active",
    "cancelled",
    "draft",
    "entered-in-error",
]);
