using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 ContactDetail datatype: Contact information.</summary>
public sealed class ContactDetail : Element
{
    /// <summary>Name of an individual to contact.</summary>
    public string? Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>Contact details for individual or organization.</summary>
    public List<ContactPoint>? Telecom { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Name)
        && NameElement is not { IsEmpty: false }
        && FhirContent.NoElements(Telecom);
}
