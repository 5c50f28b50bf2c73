using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Coding datatype: A reference to a code defined by a terminology system.</summary>
public sealed class Coding : Element
{
    /// <summary>Identity of the terminology system.</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? System { get; set; }
    [JsonPropertyName("_system")] public PrimitiveElement? SystemElement { get; set; }

    /// <summary>Version of the system - if relevant.</summary>
    public string? Version { get; set; }
    [JsonPropertyName("_version")] public PrimitiveElement? VersionElement { get; set; }

    /// <summary>Symbol in syntax defined by the system.</summary>
    [JsonConverter(typeof(FhirCodeStringConverter))]
    public string? Code { get; set; }
    [JsonPropertyName("_code")] public PrimitiveElement? CodeElement { get; set; }

    /// <summary>Representation defined by the system.</summary>
    public string? Display { get; set; }
    [JsonPropertyName("_display")] public PrimitiveElement? DisplayElement { get; set; }

    /// <summary>If this coding was chosen directly by the user.</summary>
    public bool? UserSelected { get; set; }
    [JsonPropertyName("_userSelected")] public PrimitiveElement? UserSelectedElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(System)
        && SystemElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Version)
        && VersionElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Code)
        && CodeElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Display)
        && DisplayElement is not { IsEmpty: false }
        && UserSelected is null
        && UserSelectedElement is not { IsEmpty: false };
}
