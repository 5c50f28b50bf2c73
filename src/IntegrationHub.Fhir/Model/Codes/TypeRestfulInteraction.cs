using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set TypeRestfulInteraction (http://hl7.org/fhir/ValueSet/type-restful-interaction); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(TypeRestfulInteractionConverter))]
public enum TypeRestfulInteraction
{
    /// <summary><c>read</c>: read.</summary>
    Read,

    /// <summary><c>vread</c>: vread.</summary>
    Vread,

    /// <summary><c>update</c>: update.</summary>
    Update,

    /// <summary><c>patch</c>: patch.</summary>
    Patch,

    /// <summary><c>delete</c>: delete.</summary>
    Delete,

    /// <summary><c>history-instance</c>: history-instance.</summary>
    HistoryInstance,

    /// <summary><c>history-type</c>: history-type.</summary>
    HistoryType,

    /// <summary><c>create</c>: create.</summary>
    Create,

    /// <summary><c>search-type</c>: search-type.</summary>
    SearchType,
}
