using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set EpisodeOfCareStatus (http://hl7.org/fhir/ValueSet/episode-of-care-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(EpisodeOfCareStatusConverter))]
public enum EpisodeOfCareStatus
{
    /// <summary><c>planned</c>: Planned.</summary>
    Planned,

    /// <summary><c>waitlist</c>: Waitlist.</summary>
    Waitlist,

    /// <summary><c>active</c>: Active.</summary>
    Active,

    /// <summary><c>onhold</c>: On Hold.</summary>
    Onhold,

    /// <summary><c>finished</c>: Finished.</summary>
    Finished,

    /// <summary><c>cancelled</c>: Cancelled.</summary>
    Cancelled,

    /// <summary><c>entered-in-error</c>: Entered in Error.</summary>
    EnteredInError,
}
