namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="RequestPriority"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class RequestPriorityConverter() : FhirCodeConverter<RequestPriority>(
[
    "routine",
    "urgent",
    "asap",
    "stat",
]);
