using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Account.guarantor element: The parties ultimately responsible for balancing the Account.</summary>
public sealed class AccountGuarantor : BackboneElement
{
    /// <summary>Responsible entity (required).</summary>
    public required Reference Party { get; set; }

    /// <summary>Credit or other hold applied.</summary>
    public bool? OnHold { get; set; }
    [JsonPropertyName("_onHold")] public PrimitiveElement? OnHoldElement { get; set; }

    /// <summary>Guarantee account during.</summary>
    public Period? Period { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Party is not { IsEmpty: false }
        && OnHold is null
        && OnHoldElement is not { IsEmpty: false }
        && Period is not { IsEmpty: false };
}
