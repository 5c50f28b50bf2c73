using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// The result of mapping one v2 message: the FHIR message Bundle (null when the message could not be
/// mapped) and the issues, each with an HL7 error code, v2 location and severity, for the ACK's ERR segments.
/// </summary>
public sealed class MappingResult
{
    internal MappingResult(Bundle? bundle, IReadOnlyList<Hl7Issue> issues, string eventCode, string? patientKey, string profile)
    {
        Bundle = bundle;
        Issues = issues;
        EventCode = eventCode;
        PatientKey = patientKey;
        Profile = profile;
    }

    public Bundle? Bundle { get; }

    public IReadOnlyList<Hl7Issue> Issues { get; }

    /// <summary>True when a Bundle was made (warnings may still be present).</summary>
    public bool Succeeded => Bundle is not null;

    /// <summary><c>MESSAGE^EVENT</c> from MSH-9, e.g. <c>ADT^A01</c> (empty when MSH could not be read).</summary>
    public string EventCode { get; }

    /// <summary>
    /// The routing key of the patient: <c>https://fhir.nhs.uk/Id/nhs-number|NNNNNNNNNN</c> when the NHS
    /// number is known and valid, else the first local identifier as <c>system|value</c>; null without a patient.
    /// This is a patient identifier: do not log it.
    /// </summary>
    public string? PatientKey { get; }

    /// <summary>The sender profile that was applied (<c>default</c> when none matched).</summary>
    public string Profile { get; }
}
