namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="UnitsOfTime"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class UnitsOfTimeConverter() : FhirCodeConverter<UnitsOfTime>(
[
    "s",
    "min",
    "h",
    "d",
    "wk",
    "mo",
    "a",
]);
