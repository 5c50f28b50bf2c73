using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set SubscriptionStatus (http://hl7.org/fhir/ValueSet/subscription-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(SubscriptionStatusConverter))]
public enum SubscriptionStatus
{
    /// <summary><c>requested</c>: Requested.</summary>
    Requested,

    /// <summary><c>active</c>: Active.</summary>
    Active,

    /// <summary><c>error</c>: Error.</summary>
    Error,

    /// <summary><c>off</c>: Off.</summary>
    Off,
}
