namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="EpisodeOfCareStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class EpisodeOfCareStatusConverter() : FhirCodeConverter<EpisodeOfCareStatus>(
[
    "planned",
    "waitlist",
    "active",
    "onhold",
    "finished",
    "cancelled",
    "entered-in-error",
]);
