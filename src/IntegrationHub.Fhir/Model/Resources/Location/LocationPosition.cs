using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Location.position element: The absolute geographic location.</summary>
public sealed class LocationPosition : BackboneElement
{
    /// <summary>Longitude with WGS84 datum (required).</summary>
    public required FhirDecimal Longitude { get; set; }
    [JsonPropertyName("_longitude")] public PrimitiveElement? LongitudeElement { get; set; }

    /// <summary>Latitude with WGS84 datum (required).</summary>
    public required FhirDecimal Latitude { get; set; }
    [JsonPropertyName("_latitude")] public PrimitiveElement? LatitudeElement { get; set; }

    /// <summary>Altitude with WGS84 datum.</summary>
    public FhirDecimal? Altitude { get; set; }
    [JsonPropertyName("_altitude")] public PrimitiveElement? AltitudeElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
