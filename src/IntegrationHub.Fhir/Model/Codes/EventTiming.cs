using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set EventTiming (http://hl7.org/fhir/ValueSet/event-timing); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(EventTimingConverter))]
public enum EventTiming
{
    /// <summary><c>MORN</c>: Morning.</summary>
    MORN,

    /// <summary><c>MORN.early</c>: Early Morning.</summary>
    MORNEarly,

    /// <summary><c>MORN.late</c>: Late Morning.</summary>
    MORNLate,

    /// <summary><c>NOON</c>: Noon.</summary>
    NOON,

    /// <summary><c>AFT</c>: Afternoon.</summary>
    AFT,

    /// <summary><c>AFT.early</c>: Early Afternoon.</summary>
    AFTEarly,

    /// <summary><c>AFT.late</c>: Late Afternoon.</summary>
    AFTLate,

    /// <summary><c>EVE</c>: Evening.</summary>
    EVE,

    /// <summary><c>EVE.early</c>: Early Evening.</summary>
    EVEEarly,

    /// <summary><c>EVE.late</c>: Late Evening.</summary>
    EVELate,

    /// <summary><c>NIGHT</c>: Night.</summary>
    NIGHT,

    /// <summary><c>PHS</c>: After Sleep.</summary>
    PHS,

    /// <summary><c>HS</c>: HS.</summary>
    HS,

    /// <summary><c>WAKE</c>: WAKE.</summary>
    WAKE,

    /// <summary><c>C</c>: C.</summary>
    C,

    /// <summary><c>CM</c>: CM.</summary>
    CM,

    /// <summary><c>CD</c>: CD.</summary>
    CD,

    /// <summary><c>CV</c>: CV.</summary>
    CV,

    /// <summary><c>AC</c>: AC.</summary>
    AC,

    /// <summary><c>ACM</c>: ACM.</summary>
    ACM,

    /// <summary><c>ACD</c>: ACD.</summary>
    ACD,

    /// <summary><c>ACV</c>: ACV.</summary>
    ACV,

    /// <summary><c>PC</c>: PC.</summary>
    PC,

    /// <summary><c>PCM</c>: PCM.</summary>
    PCM,

    /// <summary><c>PCD</c>: PCD.</summary>
    PCD,

    /// <summary><c>PCV</c>: PCV.</summary>
    PCV,
}
