using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set Financial Resource Status Codes (http://hl7.org/fhir/ValueSet/fm-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(FinancialResourceStatusConverter))]
public enum FinancialResourceStatus
{
    /// <summary><c>active</c>: Active.</summary>
    Active,

    /// <summary><c>cancelled</c>: Cancelled.</summary>
    Cancelled,

    /// <summary><c>draft</c>: Draft.</summary>
    Draft,

    /// <summary><c>entered-in-error</c>: Entered in Error.</summary>
    EnteredInError,
}
