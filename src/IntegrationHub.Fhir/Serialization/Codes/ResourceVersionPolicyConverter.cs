namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="ResourceVersionPolicy"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class ResourceVersionPolicyConverter() : FhirCodeConverter<ResourceVersionPolicy>(
[
    "no-version",
    "versioned",
    "versioned-update",
]);
