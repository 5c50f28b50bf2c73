using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set SystemRestfulInteraction (http://hl7.org/fhir/ValueSet/system-restful-interaction); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(SystemRestfulInteractionConverter))]
public enum SystemRestfulInteraction
{
    /// <summary><c>transaction</c>: transaction.</summary>
    Transaction,

    /// <summary><c>batch</c>: batch.</summary>
    Batch,

    /// <summary><c>search-system</c>: search-system.</summary>
    SearchSystem,

    /// <summary><c>history-system</c>: history-system.</summary>
    HistorySystem,
}
