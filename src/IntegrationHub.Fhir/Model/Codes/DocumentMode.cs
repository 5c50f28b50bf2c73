using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set DocumentMode (http://hl7.org/fhir/ValueSet/document-mode); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(DocumentModeConverter))]
public enum DocumentMode
{
    /// <summary><c>producer</c>: Producer.</summary>
    Producer,

    /// <summary><c>consumer</c>: Consumer.</summary>
    Consumer,
}
