using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Medication resource: Definition of a Medication.</summary>
public sealed class Medication : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Medication;

    /// <summary>Business identifier for this medication.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>Codes that identify this medication.</summary>
    public CodeableConcept? Code { get; set; }

    /// <summary>active | inactive | entered-in-error.</summary>
    public MedicationStatus? Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>Manufacturer of the item.</summary>
    public Reference? Manufacturer { get; set; }

    /// <summary>powder | tablets | capsule +.</summary>
    public CodeableConcept? Form { get; set; }

    /// <summary>Amount of drug in package.</summary>
    public Ratio? Amount { get; set; }

    /// <summary>Active or inactive ingredient.</summary>
    public List<MedicationIngredient>? Ingredient { get; set; }

    /// <summary>Details about packaged medications.</summary>
    public MedicationBatch? Batch { get; set; }
}
