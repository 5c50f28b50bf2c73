using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set LocationMode (http://hl7.org/fhir/ValueSet/location-mode); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(LocationModeConverter))]
public enum LocationMode
{
    /// <summary><c>instance</c>: Instance.</summary>
    Instance,

    /// <summary><c>kind</c>: Kind.</summary>
    Kind,
}
