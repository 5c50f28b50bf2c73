namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="AccountStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class AccountStatusConverter() : FhirCodeConverter<AccountStatus>(
[
    "active",
    "inactive",
    "entered-in-error",
    "on-hold",
    "unknown",
]);
