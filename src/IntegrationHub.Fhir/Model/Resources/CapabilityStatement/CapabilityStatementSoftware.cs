using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.software element: Software that is covered by this capability statement.</summary>
public sealed class CapabilityStatementSoftware : BackboneElement
{
    /// <summary>A name the software is known by (required).</summary>
    public required string Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>Version covered by this statement.</summary>
    public string? Version { get; set; }
    [JsonPropertyName("_version")] public PrimitiveElement? VersionElement { get; set; }

    /// <summary>Date this version was released.</summary>
    public FhirDateTime? ReleaseDate { get; set; }
    [JsonPropertyName("_releaseDate")] public PrimitiveElement? ReleaseDateElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Name)
        && NameElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Version)
        && VersionElement is not { IsEmpty: false }
        && ReleaseDate is null
        && ReleaseDateElement is not { IsEmpty: false };
}
