namespace IntegrationHub.Fhir;

/// <summary>FHIR positiveInt: 1 or more.</summary>
internal sealed class FhirPositiveIntConverter() : FhirIntegerConverter("positiveInt", 1);
