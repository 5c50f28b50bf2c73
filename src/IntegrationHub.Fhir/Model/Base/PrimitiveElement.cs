namespace IntegrationHub.Fhir;

/// <summary>
/// The id and extensions of a primitive value, written beside it as <c>_name</c> (for example
/// <c>_birthDate</c>); in arrays it lines up with the values by position.
/// </summary>
public sealed class PrimitiveElement : Element;
