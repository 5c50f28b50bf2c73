using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Account resource: Tracks balance, charges, for patient or cost center.</summary>
public sealed class Account : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Account;

    /// <summary>Account number.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>active | inactive | entered-in-error | on-hold | unknown (required).</summary>
    public required AccountStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>E.g. patient, expense, depreciation.</summary>
    public CodeableConcept? Type { get; set; }

    /// <summary>Human-readable label.</summary>
    public string? Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>The entity that caused the expenses.</summary>
    public List<Reference>? Subject { get; set; }

    /// <summary>Transaction window.</summary>
    public Period? ServicePeriod { get; set; }

    /// <summary>The party(s) that are responsible for covering the payment of this account, and what order should they be applied to the account.</summary>
    public List<AccountCoverage>? Coverage { get; set; }

    /// <summary>Entity managing the Account.</summary>
    public Reference? Owner { get; set; }

    /// <summary>Explanation of purpose/use.</summary>
    public string? Description { get; set; }
    [JsonPropertyName("_description")] public PrimitiveElement? DescriptionElement { get; set; }

    /// <summary>The parties ultimately responsible for balancing the Account.</summary>
    public List<AccountGuarantor>? Guarantor { get; set; }

    /// <summary>Reference to a parent Account.</summary>
    public Reference? PartOf { get; set; }
}
