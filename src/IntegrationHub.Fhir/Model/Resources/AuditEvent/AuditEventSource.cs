using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 AuditEvent.source element: Audit Event Reporter.</summary>
public sealed class AuditEventSource : BackboneElement
{
    /// <summary>Logical source location within the enterprise.</summary>
    public string? Site { get; set; }
    [JsonPropertyName("_site")] public PrimitiveElement? SiteElement { get; set; }

    /// <summary>The identity of source detecting the event (required).</summary>
    public required Reference Observer { get; set; }

    /// <summary>The type of source where event originated.</summary>
    public List<Coding>? Type { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Site)
        && SiteElement is not { IsEmpty: false }
        && Observer is not { IsEmpty: false }
        && FhirContent.NoElements(Type);
}
