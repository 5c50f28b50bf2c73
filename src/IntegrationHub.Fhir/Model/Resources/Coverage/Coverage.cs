using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Coverage resource: Insurance or medical plan or a payment agreement.</summary>
public sealed class Coverage : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Coverage;

    /// <summary>Business Identifier for the coverage.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>active | cancelled | draft | entered-in-error (required).</summary>
    public required FinancialResourceStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>Coverage category such as medical or accident.</summary>
    public CodeableConcept? Type { get; set; }

    /// <summary>Owner of the policy.</summary>
    public Reference? PolicyHolder { get; set; }

    /// <summary>Subscriber to the policy.</summary>
    public Reference? Subscriber { get; set; }

    /// <summary>ID assigned to the subscriber.</summary>
    public string? SubscriberId { get; set; }
    [JsonPropertyName("_subscriberId")] public PrimitiveElement? SubscriberIdElement { get; set; }

    /// <summary>Plan beneficiary (required).</summary>
    public required Reference Beneficiary { get; set; }

    /// <summary>Dependent number.</summary>
    public string? Dependent { get; set; }
    [JsonPropertyName("_dependent")] public PrimitiveElement? DependentElement { get; set; }

    /// <summary>Beneficiary relationship to the subscriber.</summary>
    public CodeableConcept? Relationship { get; set; }

    /// <summary>Coverage start and end dates.</summary>
    public Period? Period { get; set; }

    /// <summary>Issuer of the policy (required).</summary>
    public required List<Reference> Payor { get; set; }

    /// <summary>Additional coverage classifications.</summary>
    public List<CoverageClass>? Class { get; set; }

    /// <summary>Relative order of the coverage.</summary>
    [JsonConverter(typeof(FhirPositiveIntConverter))]
    public int? Order { get; set; }
    [JsonPropertyName("_order")] public PrimitiveElement? OrderElement { get; set; }

    /// <summary>Insurer network.</summary>
    public string? Network { get; set; }
    [JsonPropertyName("_network")] public PrimitiveElement? NetworkElement { get; set; }

    /// <summary>Patient payments for services/products.</summary>
    public List<CoverageCostToBeneficiary>? CostToBeneficiary { get; set; }

    /// <summary>Reimbursement to insurer.</summary>
    public bool? Subrogation { get; set; }
    [JsonPropertyName("_subrogation")] public PrimitiveElement? SubrogationElement { get; set; }

    /// <summary>Contract details.</summary>
    public List<Reference>? Contract { get; set; }
}
