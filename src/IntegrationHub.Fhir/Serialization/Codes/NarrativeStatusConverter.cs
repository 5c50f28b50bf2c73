namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="NarrativeStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class NarrativeStatusConverter() : FhirCodeConverter<NarrativeStatus>(
[
    "generated",
    "extensions",
    "additional",
    "empty",
]);
