using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Attachment datatype: Content in a format defined elsewhere.</summary>
public sealed class Attachment : Element
{
    /// <summary>Mime type of the content, with charset etc.</summary>
    [JsonConverter(typeof(FhirCodeStringConverter))]
    public string? ContentType { get; set; }
    [JsonPropertyName("_contentType")] public PrimitiveElement? ContentTypeElement { get; set; }

    /// <summary>Human language of the content (BCP-47).</summary>
    [JsonConverter(typeof(FhirCodeStringConverter))]
    public string? Language { get; set; }
    [JsonPropertyName("_language")] public PrimitiveElement? LanguageElement { get; set; }

    /// <summary>Data inline, base64ed.</summary>
    [JsonConverter(typeof(FhirBase64Converter))]
    public string? Data { get; set; }
    [JsonPropertyName("_data")] public PrimitiveElement? DataElement { get; set; }

    /// <summary>Uri where the data can be found.</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? Url { get; set; }
    [JsonPropertyName("_url")] public PrimitiveElement? UrlElement { get; set; }

    /// <summary>Number of bytes of content (if url provided).</summary>
    [JsonConverter(typeof(FhirUnsignedIntConverter))]
    public int? Size { get; set; }
    [JsonPropertyName("_size")] public PrimitiveElement? SizeElement { get; set; }

    /// <summary>Hash of the data (sha-1, base64ed).</summary>
    [JsonConverter(typeof(FhirBase64Converter))]
    public string? Hash { get; set; }
    [JsonPropertyName("_hash")] public PrimitiveElement? HashElement { get; set; }

    /// <summary>Label to display in place of the data.</summary>
    public string? Title { get; set; }
    [JsonPropertyName("_title")] public PrimitiveElement? TitleElement { get; set; }

    /// <summary>Date attachment was first created.</summary>
    public FhirDateTime? Creation { get; set; }
    [JsonPropertyName("_creation")] public PrimitiveElement? CreationElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(ContentType)
        && ContentTypeElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Language)
        && LanguageElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Data)
        && DataElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Url)
        && UrlElement is not { IsEmpty: false }
        && Size is null
        && SizeElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Hash)
        && HashElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Title)
        && TitleElement is not { IsEmpty: false }
        && Creation is null
        && CreationElement is not { IsEmpty: false };
}
