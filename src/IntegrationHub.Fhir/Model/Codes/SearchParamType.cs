using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set SearchParamType (http://hl7.org/fhir/ValueSet/search-param-type); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(SearchParamTypeConverter))]
public enum SearchParamType
{
    /// <summary><c>number</c>: Number.</summary>
    Number,

    /// <summary><c>date</c>: Date/DateTime.</summary>
    Date,

    /// <summary><c>string</c>: String.</summary>
    String,

    /// <summary><c>token</c>: Token.</summary>
    Token,

    /// <summary><c>reference</c>: Reference.</summary>
    Reference,

    /// <summary><c>composite</c>: Composite.</summary>
    Composite,

    /// <summary><c>quantity</c>: Quantity.</summary>
    Quantity,

    /// <summary><c>uri</c>: URI.</summary>
    Uri,

    /// <summary><c>special</c>: Special.</summary>
    Special,
}
