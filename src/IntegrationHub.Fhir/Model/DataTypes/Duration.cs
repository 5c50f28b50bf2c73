namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Duration datatype: A length of time.</summary>
public sealed class Duration : Quantity;
