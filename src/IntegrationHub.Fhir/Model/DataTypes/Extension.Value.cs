using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>The value[x] choice of <see cref="Extension"/>: one property per allowed type, at most one set.</summary>
public sealed partial class Extension
{
    /// <summary>Value of extension (value[x] as base64Binary).</summary>
    [JsonConverter(typeof(FhirBase64Converter))]
    public string? ValueBase64Binary
    {
        get => ChoiceValue.GetReference<string>(_value, 1);
        set => ChoiceValue.Set(ref _value, 1, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueBase64Binary")] public PrimitiveElement? ValueBase64BinaryElement { get; set; }
    /// <summary>Value of extension (value[x] as boolean).</summary>
    public bool? ValueBoolean
    {
        get => ChoiceValue.GetValue<bool>(_value, 2);
        set => ChoiceValue.Set(ref _value, 2, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueBoolean")] public PrimitiveElement? ValueBooleanElement { get; set; }
    /// <summary>Value of extension (value[x] as canonical).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? ValueCanonical
    {
        get => ChoiceValue.GetReference<string>(_value, 3);
        set => ChoiceValue.Set(ref _value, 3, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueCanonical")] public PrimitiveElement? ValueCanonicalElement { get; set; }
    /// <summary>Value of extension (value[x] as code).</summary>
    [JsonConverter(typeof(FhirCodeStringConverter))]
    public string? ValueCode
    {
        get => ChoiceValue.GetReference<string>(_value, 4);
        set => ChoiceValue.Set(ref _value, 4, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueCode")] public PrimitiveElement? ValueCodeElement { get; set; }
    /// <summary>Value of extension (value[x] as date).</summary>
    public FhirDate? ValueDate
    {
        get => ChoiceValue.GetValue<FhirDate>(_value, 5);
        set => ChoiceValue.Set(ref _value, 5, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueDate")] public PrimitiveElement? ValueDateElement { get; set; }
    /// <summary>Value of extension (value[x] as dateTime).</summary>
    public FhirDateTime? ValueDateTime
    {
        get => ChoiceValue.GetValue<FhirDateTime>(_value, 6);
        set => ChoiceValue.Set(ref _value, 6, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueDateTime")] public PrimitiveElement? ValueDateTimeElement { get; set; }
    /// <summary>Value of extension (value[x] as decimal).</summary>
    public FhirDecimal? ValueDecimal
    {
        get => ChoiceValue.GetValue<FhirDecimal>(_value, 7);
        set => ChoiceValue.Set(ref _value, 7, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueDecimal")] public PrimitiveElement? ValueDecimalElement { get; set; }
    /// <summary>Value of extension (value[x] as id).</summary>
    [JsonConverter(typeof(FhirIdConverter))]
    public string? ValueId
    {
        get => ChoiceValue.GetReference<string>(_value, 8);
        set => ChoiceValue.Set(ref _value, 8, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueId")] public PrimitiveElement? ValueIdElement { get; set; }
    /// <summary>Value of extension (value[x] as instant).</summary>
    public FhirInstant? ValueInstant
    {
        get => ChoiceValue.GetValue<FhirInstant>(_value, 9);
        set => ChoiceValue.Set(ref _value, 9, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueInstant")] public PrimitiveElement? ValueInstantElement { get; set; }
    /// <summary>Value of extension (value[x] as integer).</summary>
    public int? ValueInteger
    {
        get => ChoiceValue.GetValue<int>(_value, 10);
        set => ChoiceValue.Set(ref _value, 10, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueInteger")] public PrimitiveElement? ValueIntegerElement { get; set; }
    /// <summary>Value of extension (value[x] as markdown).</summary>
    public string? ValueMarkdown
    {
        get => ChoiceValue.GetReference<string>(_value, 11);
        set => ChoiceValue.Set(ref _value, 11, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueMarkdown")] public PrimitiveElement? ValueMarkdownElement { get; set; }
    /// <summary>Value of extension (value[x] as oid).</summary>
    [JsonConverter(typeof(FhirOidConverter))]
    public string? ValueOid
    {
        get => ChoiceValue.GetReference<string>(_value, 12);
        set => ChoiceValue.Set(ref _value, 12, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueOid")] public PrimitiveElement? ValueOidElement { get; set; }
    /// <summary>Value of extension (value[x] as positiveInt).</summary>
    [JsonConverter(typeof(FhirPositiveIntConverter))]
    public int? ValuePositiveInt
    {
        get => ChoiceValue.GetValue<int>(_value, 13);
        set => ChoiceValue.Set(ref _value, 13, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valuePositiveInt")] public PrimitiveElement? ValuePositiveIntElement { get; set; }
    /// <summary>Value of extension (value[x] as string).</summary>
    public string? ValueString
    {
        get => ChoiceValue.GetReference<string>(_value, 14);
        set => ChoiceValue.Set(ref _value, 14, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueString")] public PrimitiveElement? ValueStringElement { get; set; }
    /// <summary>Value of extension (value[x] as time).</summary>
    public FhirTime? ValueTime
    {
        get => ChoiceValue.GetValue<FhirTime>(_value, 15);
        set => ChoiceValue.Set(ref _value, 15, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueTime")] public PrimitiveElement? ValueTimeElement { get; set; }
    /// <summary>Value of extension (value[x] as unsignedInt).</summary>
    [JsonConverter(typeof(FhirUnsignedIntConverter))]
    public int? ValueUnsignedInt
    {
        get => ChoiceValue.GetValue<int>(_value, 16);
        set => ChoiceValue.Set(ref _value, 16, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueUnsignedInt")] public PrimitiveElement? ValueUnsignedIntElement { get; set; }
    /// <summary>Value of extension (value[x] as uri).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? ValueUri
    {
        get => ChoiceValue.GetReference<string>(_value, 17);
        set => ChoiceValue.Set(ref _value, 17, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueUri")] public PrimitiveElement? ValueUriElement { get; set; }
    /// <summary>Value of extension (value[x] as url).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? ValueUrl
    {
        get => ChoiceValue.GetReference<string>(_value, 18);
        set => ChoiceValue.Set(ref _value, 18, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueUrl")] public PrimitiveElement? ValueUrlElement { get; set; }
    /// <summary>Value of extension (value[x] as uuid).</summary>
    [JsonConverter(typeof(FhirUuidConverter))]
    public string? ValueUuid
    {
        get => ChoiceValue.GetReference<string>(_value, 19);
        set => ChoiceValue.Set(ref _value, 19, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueUuid")] public PrimitiveElement? ValueUuidElement { get; set; }
    /// <summary>Value of extension (value[x] as Address).</summary>
    public Address? ValueAddress
    {
        get => ChoiceValue.GetReference<Address>(_value, 20);
        set => ChoiceValue.Set(ref _value, 20, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Age).</summary>
    public Age? ValueAge
    {
        get => ChoiceValue.GetReference<Age>(_value, 21);
        set => ChoiceValue.Set(ref _value, 21, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Annotation).</summary>
    public Annotation? ValueAnnotation
    {
        get => ChoiceValue.GetReference<Annotation>(_value, 22);
        set => ChoiceValue.Set(ref _value, 22, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Attachment).</summary>
    public Attachment? ValueAttachment
    {
        get => ChoiceValue.GetReference<Attachment>(_value, 23);
        set => ChoiceValue.Set(ref _value, 23, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as CodeableConcept).</summary>
    public CodeableConcept? ValueCodeableConcept
    {
        get => ChoiceValue.GetReference<CodeableConcept>(_value, 24);
        set => ChoiceValue.Set(ref _value, 24, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Coding).</summary>
    public Coding? ValueCoding
    {
        get => ChoiceValue.GetReference<Coding>(_value, 25);
        set => ChoiceValue.Set(ref _value, 25, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as ContactPoint).</summary>
    public ContactPoint? ValueContactPoint
    {
        get => ChoiceValue.GetReference<ContactPoint>(_value, 26);
        set => ChoiceValue.Set(ref _value, 26, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Count).</summary>
    public Count? ValueCount
    {
        get => ChoiceValue.GetReference<Count>(_value, 27);
        set => ChoiceValue.Set(ref _value, 27, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Distance).</summary>
    public Distance? ValueDistance
    {
        get => ChoiceValue.GetReference<Distance>(_value, 28);
        set => ChoiceValue.Set(ref _value, 28, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Duration).</summary>
    public Duration? ValueDuration
    {
        get => ChoiceValue.GetReference<Duration>(_value, 29);
        set => ChoiceValue.Set(ref _value, 29, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as HumanName).</summary>
    public HumanName? ValueHumanName
    {
        get => ChoiceValue.GetReference<HumanName>(_value, 30);
        set => ChoiceValue.Set(ref _value, 30, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Identifier).</summary>
    public Identifier? ValueIdentifier
    {
        get => ChoiceValue.GetReference<Identifier>(_value, 31);
        set => ChoiceValue.Set(ref _value, 31, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Money).</summary>
    public Money? ValueMoney
    {
        get => ChoiceValue.GetReference<Money>(_value, 32);
        set => ChoiceValue.Set(ref _value, 32, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Period).</summary>
    public Period? ValuePeriod
    {
        get => ChoiceValue.GetReference<Period>(_value, 33);
        set => ChoiceValue.Set(ref _value, 33, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Quantity).</summary>
    public Quantity? ValueQuantity
    {
        get => ChoiceValue.GetReference<Quantity>(_value, 34);
        set => ChoiceValue.Set(ref _value, 34, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Range).</summary>
    public Range? ValueRange
    {
        get => ChoiceValue.GetReference<Range>(_value, 35);
        set => ChoiceValue.Set(ref _value, 35, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Ratio).</summary>
    public Ratio? ValueRatio
    {
        get => ChoiceValue.GetReference<Ratio>(_value, 36);
        set => ChoiceValue.Set(ref _value, 36, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Reference).</summary>
    public Reference? ValueReference
    {
        get => ChoiceValue.GetReference<Reference>(_value, 37);
        set => ChoiceValue.Set(ref _value, 37, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as SampledData).</summary>
    public SampledData? ValueSampledData
    {
        get => ChoiceValue.GetReference<SampledData>(_value, 38);
        set => ChoiceValue.Set(ref _value, 38, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Signature).</summary>
    public Signature? ValueSignature
    {
        get => ChoiceValue.GetReference<Signature>(_value, 39);
        set => ChoiceValue.Set(ref _value, 39, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Timing).</summary>
    public Timing? ValueTiming
    {
        get => ChoiceValue.GetReference<Timing>(_value, 40);
        set => ChoiceValue.Set(ref _value, 40, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as ContactDetail).</summary>
    public ContactDetail? ValueContactDetail
    {
        get => ChoiceValue.GetReference<ContactDetail>(_value, 41);
        set => ChoiceValue.Set(ref _value, 41, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as UsageContext).</summary>
    public UsageContext? ValueUsageContext
    {
        get => ChoiceValue.GetReference<UsageContext>(_value, 42);
        set => ChoiceValue.Set(ref _value, 42, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Dosage).</summary>
    public Dosage? ValueDosage
    {
        get => ChoiceValue.GetReference<Dosage>(_value, 43);
        set => ChoiceValue.Set(ref _value, 43, value, IsReadingJson, "value[x]");
    }
    /// <summary>Value of extension (value[x] as Meta).</summary>
    public Meta? ValueMeta
    {
        get => ChoiceValue.GetReference<Meta>(_value, 44);
        set => ChoiceValue.Set(ref _value, 44, value, IsReadingJson, "value[x]");
    }
}
