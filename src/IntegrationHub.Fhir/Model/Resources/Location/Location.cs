using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Location resource: Details and position information for a physical place.</summary>
public sealed class Location : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Location;

    /// <summary>Unique code or number identifying the location to its users.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>active | suspended | inactive.</summary>
    public LocationStatus? Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>The operational status of the location (typically only for a bed/room).</summary>
    public Coding? OperationalStatus { get; set; }

    /// <summary>Name of the location as used by humans.</summary>
    public string? Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>A list of alternate names that the location is known as, or was known as, in the past.</summary>
    public List<string>? Alias { get; set; }
    [JsonPropertyName("_alias")] public List<PrimitiveElement?>? AliasElement { get; set; }

    /// <summary>Additional details about the location that could be displayed as further information to identify the location beyond its name.</summary>
    public string? Description { get; set; }
    [JsonPropertyName("_description")] public PrimitiveElement? DescriptionElement { get; set; }

    /// <summary>instance | kind.</summary>
    public LocationMode? Mode { get; set; }
    [JsonPropertyName("_mode")] public PrimitiveElement? ModeElement { get; set; }

    /// <summary>Type of function performed.</summary>
    public List<CodeableConcept>? Type { get; set; }

    /// <summary>Contact details of the location.</summary>
    public List<ContactPoint>? Telecom { get; set; }

    /// <summary>Physical location.</summary>
    public Address? Address { get; set; }

    /// <summary>Physical form of the location.</summary>
    public CodeableConcept? PhysicalType { get; set; }

    /// <summary>The absolute geographic location.</summary>
    public LocationPosition? Position { get; set; }

    /// <summary>Organization responsible for provisioning and upkeep.</summary>
    public Reference? ManagingOrganization { get; set; }

    /// <summary>Another Location this one is physically a part of.</summary>
    public Reference? PartOf { get; set; }

    /// <summary>What days/times during a week is this location usually open.</summary>
    public List<LocationHoursOfOperation>? HoursOfOperation { get; set; }

    /// <summary>Description of availability exceptions.</summary>
    public string? AvailabilityExceptions { get; set; }
    [JsonPropertyName("_availabilityExceptions")] public PrimitiveElement? AvailabilityExceptionsElement { get; set; }

    /// <summary>Technical endpoints providing access to services operated for the location.</summary>
    public List<Reference>? Endpoint { get; set; }
}
