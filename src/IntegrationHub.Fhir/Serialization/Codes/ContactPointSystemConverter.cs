namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="ContactPointSystem"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class ContactPointSystemConverter() : FhirCodeConverter<ContactPointSystem>(
[
    "phone",
    "fax",
    "email",
    "pager",
    "url",
    "sms",
    "other",
]);
