using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Account.coverage element: The party(s) that are responsible for covering the payment of this account, and what order should they be applied to the account.</summary>
public sealed class AccountCoverage : BackboneElement
{
    /// <summary>The party(s), such as insurances, that may contribute to the payment of this account (required).</summary>
    public required Reference Coverage { get; set; }

    /// <summary>The priority of the coverage in the context of this account.</summary>
    [JsonConverter(typeof(FhirPositiveIntConverter))]
    public int? Priority { get; set; }
    [JsonPropertyName("_priority")] public PrimitiveElement? PriorityElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Coverage is not { IsEmpty: false }
        && Priority is null
        && PriorityElement is not { IsEmpty: false };
}
