namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Distance datatype: A length - a value with a unit that is a physical distance.</summary>
public sealed class Distance : Quantity;
