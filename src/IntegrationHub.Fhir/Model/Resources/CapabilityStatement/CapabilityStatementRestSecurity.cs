using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.rest.security element: Information about security of implementation.</summary>
public sealed class CapabilityStatementRestSecurity : BackboneElement
{
    /// <summary>Adds CORS Headers (http://enable-cors.org/).</summary>
    public bool? Cors { get; set; }
    [JsonPropertyName("_cors")] public PrimitiveElement? CorsElement { get; set; }

    /// <summary>OAuth | SMART-on-FHIR | NTLM | Basic | Kerberos | Certificates.</summary>
    public List<CodeableConcept>? Service { get; set; }

    /// <summary>General description of how security works.</summary>
    public string? Description { get; set; }
    [JsonPropertyName("_description")] public PrimitiveElement? DescriptionElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Cors is null
        && CorsElement is not { IsEmpty: false }
        && FhirContent.NoElements(Service)
        && string.IsNullOrEmpty(Description)
        && DescriptionElement is not { IsEmpty: false };
}
