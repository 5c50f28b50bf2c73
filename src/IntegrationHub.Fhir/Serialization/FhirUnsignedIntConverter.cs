namespace IntegrationHub.Fhir;

/// <summary>FHIR unsignedInt: 0 or more.</summary>
internal sealed class FhirUnsignedIntConverter() : FhirIntegerConverter("unsignedInt", 0);
