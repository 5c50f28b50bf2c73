using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 AuditEvent.entity element: Data or objects used.</summary>
public sealed class AuditEventEntity : BackboneElement
{
    /// <summary>Specific instance of resource.</summary>
    public Reference? What { get; set; }

    /// <summary>Type of entity involved.</summary>
    public Coding? Type { get; set; }

    /// <summary>What role the entity played.</summary>
    public Coding? Role { get; set; }

    /// <summary>Life-cycle stage for the entity.</summary>
    public Coding? Lifecycle { get; set; }

    /// <summary>Security labels on the entity.</summary>
    public List<Coding>? SecurityLabel { get; set; }

    /// <summary>Descriptor for entity.</summary>
    public string? Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>Descriptive text.</summary>
    public string? Description { get; set; }
    [JsonPropertyName("_description")] public PrimitiveElement? DescriptionElement { get; set; }

    /// <summary>Query parameters.</summary>
    [JsonConverter(typeof(FhirBase64Converter))]
    public string? Query { get; set; }
    [JsonPropertyName("_query")] public PrimitiveElement? QueryElement { get; set; }

    /// <summary>Additional Information about the entity.</summary>
    public List<AuditEventEntityDetail>? Detail { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && What is not { IsEmpty: false }
        && Type is not { IsEmpty: false }
        && Role is not { IsEmpty: false }
        && Lifecycle is not { IsEmpty: false }
        && FhirContent.NoElements(SecurityLabel)
        && string.IsNullOrEmpty(Name)
        && NameElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Description)
        && DescriptionElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Query)
        && QueryElement is not { IsEmpty: false }
        && FhirContent.NoElements(Detail);
}
