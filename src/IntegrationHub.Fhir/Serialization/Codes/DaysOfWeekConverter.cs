namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="DaysOfWeek"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class DaysOfWeekConverter() : FhirCodeConverter<DaysOfWeek>(
[
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
]);
