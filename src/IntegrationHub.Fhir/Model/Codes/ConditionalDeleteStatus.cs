using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set ConditionalDeleteStatus (http://hl7.org/fhir/ValueSet/conditional-delete-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(ConditionalDeleteStatusConverter))]
public enum ConditionalDeleteStatus
{
    /// <summary><c>not-supported</c>: Not Supported.</summary>
    NotSupported,

    /// <summary><c>single</c>: Single Deletes Supported.</summary>
    Single,

    /// <summary><c>multiple</c>: Multiple Deletes Supported.</summary>
    Multiple,
}
