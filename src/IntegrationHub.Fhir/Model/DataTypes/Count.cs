namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Count datatype: A measured or measurable amount.</summary>
public sealed class Count : Quantity;
