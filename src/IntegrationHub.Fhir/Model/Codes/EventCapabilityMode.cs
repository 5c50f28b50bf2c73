using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set EventCapabilityMode (http://hl7.org/fhir/ValueSet/event-capability-mode); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(EventCapabilityModeConverter))]
public enum EventCapabilityMode
{
    /// <summary><c>sender</c>: Sender.</summary>
    Sender,

    /// <summary><c>receiver</c>: Receiver.</summary>
    Receiver,
}
