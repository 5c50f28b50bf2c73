using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Medication.batch element: Details about packaged medications.</summary>
public sealed class MedicationBatch : BackboneElement
{
    /// <summary>Identifier assigned to batch.</summary>
    public string? LotNumber { get; set; }
    [JsonPropertyName("_lotNumber")] public PrimitiveElement? LotNumberElement { get; set; }

    /// <summary>When batch will expire.</summary>
    public FhirDateTime? ExpirationDate { get; set; }
    [JsonPropertyName("_expirationDate")] public PrimitiveElement? ExpirationDateElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(LotNumber)
        && LotNumberElement is not { IsEmpty: false }
        && ExpirationDate is null
        && ExpirationDateElement is not { IsEmpty: false };
}
