namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="ProvenanceEntityRole"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class ProvenanceEntityRoleConverter() : FhirCodeConverter<ProvenanceEntityRole>(
[
    "derivation",
    "revision",
    "quotation",
    "source",
    "removal",
]);
