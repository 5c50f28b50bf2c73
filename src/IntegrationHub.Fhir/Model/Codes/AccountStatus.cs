using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set AccountStatus (http://hl7.org/fhir/ValueSet/account-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(AccountStatusConverter))]
public enum AccountStatus
{
    /// <summary><c>active</c>: Active.</summary>
    Active,

    /// <summary><c>inactive</c>: Inactive.</summary>
    Inactive,

    /// <summary><c>entered-in-error</c>: Entered in error.</summary>
    EnteredInError,

    /// <summary><c>on-hold</c>: On Hold.</summary>
    OnHold,

    /// <summary><c>unknown</c>: Unknown.</summary>
    Unknown,
}
