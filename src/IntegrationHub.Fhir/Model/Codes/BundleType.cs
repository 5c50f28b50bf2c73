using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set BundleType (http://hl7.org/fhir/ValueSet/bundle-type); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(BundleTypeConverter))]
public enum BundleType
{
    /// <summary><c>document</c>: Document.</summary>
    Document,

    /// <summary><c>message</c>: Message.</summary>
    Message,

    /// <summary><c>transaction</c>: Transaction.</summary>
    Transaction,

    /// <summary><c>transaction-response</c>: Transaction Response.</summary>
    TransactionResponse,

    /// <summary><c>batch</c>: Batch.</summary>
    Batch,

    /// <summary><c>batch-response</c>: Batch Response.</summary>
    BatchResponse,

    /// <summary><c>history</c>: History List.</summary>
    History,

    /// <summary><c>searchset</c>: Search Results.</summary>
    Searchset,

    /// <summary><c>collection</c>: Collection.</summary>
    Collection,
}
