namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Age datatype: A duration of time during which an organism (or a process) has existed.</summary>
public sealed class Age : Quantity;
