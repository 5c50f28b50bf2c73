using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set IssueSeverity (http://hl7.org/fhir/ValueSet/issue-severity); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(IssueSeverityConverter))]
public enum IssueSeverity
{
    /// <summary><c>fatal</c>: Fatal.</summary>
    Fatal,

    /// <summary><c>error</c>: Error.</summary>
    Error,

    /// <summary><c>warning</c>: Warning.</summary>
    Warning,

    /// <summary><c>information</c>: Information.</summary>
    Information,
}
