using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Bundle.entry.response element: Results of execution (transaction/batch/history).</summary>
public sealed class BundleEntryResponse : BackboneElement
{
    /// <summary>Status response code (text optional) (required).</summary>
    public required string Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>The location (if the operation returns a location).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? Location { get; set; }
    [JsonPropertyName("_location")] public PrimitiveElement? LocationElement { get; set; }

    /// <summary>The Etag for the resource (if relevant).</summary>
    public string? Etag { get; set; }
    [JsonPropertyName("_etag")] public PrimitiveElement? EtagElement { get; set; }

    /// <summary>Server's date time modified.</summary>
    public FhirInstant? LastModified { get; set; }
    [JsonPropertyName("_lastModified")] public PrimitiveElement? LastModifiedElement { get; set; }

    /// <summary>OperationOutcome with hints and warnings (for batch/transaction).</summary>
    public Resource? Outcome { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Status)
        && StatusElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Location)
        && LocationElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Etag)
        && EtagElement is not { IsEmpty: false }
        && LastModified is null
        && LastModifiedElement is not { IsEmpty: false }
        && Outcome is null;
}
