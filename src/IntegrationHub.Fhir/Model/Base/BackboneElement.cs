namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 BackboneElement: an element nested in a resource, which may carry modifier extensions.</summary>
public abstract class BackboneElement : Element
{
    /// <summary>Extensions that cannot be ignored even if unrecognized.</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public List<Extension>? ModifierExtension { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => base.IsEmpty && FhirContent.NoElements(ModifierExtension);
}
