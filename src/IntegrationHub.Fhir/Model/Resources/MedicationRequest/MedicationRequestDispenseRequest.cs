using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MedicationRequest.dispenseRequest element: Medication supply authorization.</summary>
public sealed class MedicationRequestDispenseRequest : BackboneElement
{
    /// <summary>First fill details.</summary>
    public MedicationRequestDispenseRequestInitialFill? InitialFill { get; set; }

    /// <summary>Minimum period of time between dispenses.</summary>
    public Duration? DispenseInterval { get; set; }

    /// <summary>Time period supply is authorized for.</summary>
    public Period? ValidityPeriod { get; set; }

    /// <summary>Number of refills authorized.</summary>
    [JsonConverter(typeof(FhirUnsignedIntConverter))]
    public int? NumberOfRepeatsAllowed { get; set; }
    [JsonPropertyName("_numberOfRepeatsAllowed")] public PrimitiveElement? NumberOfRepeatsAllowedElement { get; set; }

    /// <summary>Amount of medication to supply per dispense.</summary>
    public Quantity? Quantity { get; set; }

    /// <summary>Number of days supply per dispense.</summary>
    public Duration? ExpectedSupplyDuration { get; set; }

    /// <summary>Intended dispenser.</summary>
    public Reference? Performer { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && InitialFill is not { IsEmpty: false }
        && DispenseInterval is not { IsEmpty: false }
        && ValidityPeriod is not { IsEmpty: false }
        && NumberOfRepeatsAllowed is null
        && NumberOfRepeatsAllowedElement is not { IsEmpty: false }
        && Quantity is not { IsEmpty: false }
        && ExpectedSupplyDuration is not { IsEmpty: false }
        && Performer is not { IsEmpty: false };
}
