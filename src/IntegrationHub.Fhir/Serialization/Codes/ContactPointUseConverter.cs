namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="ContactPointUse"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class ContactPointUseConverter() : FhirCodeConverter<ContactPointUse>(
[
    "home",
    "work",
    "temp",
    "old",
    "mobile",
]);
