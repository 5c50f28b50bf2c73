namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="MedicationRequestIntent"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class MedicationRequestIntentConverter() : FhirCodeConverter<MedicationRequestIntent>(
[
    "proposal",
    "plan",
    "order",
    "original-order",
    "reflex-order",
    "filler-order",
    "instance-order",
    "option",
]);
