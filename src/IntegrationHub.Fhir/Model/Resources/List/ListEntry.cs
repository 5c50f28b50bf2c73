using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 List.entry element: Entries in the list.</summary>
public sealed class ListEntry : BackboneElement
{
    /// <summary>Status/Workflow information about this item.</summary>
    public CodeableConcept? Flag { get; set; }

    /// <summary>If this item is actually marked as deleted.</summary>
    public bool? Deleted { get; set; }
    [JsonPropertyName("_deleted")] public PrimitiveElement? DeletedElement { get; set; }

    /// <summary>When item added to list.</summary>
    public FhirDateTime? Date { get; set; }
    [JsonPropertyName("_date")] public PrimitiveElement? DateElement { get; set; }

    /// <summary>Actual entry (required).</summary>
    public required Reference Item { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Flag is not { IsEmpty: false }
        && Deleted is null
        && DeletedElement is not { IsEmpty: false }
        && Date is null
        && DateElement is not { IsEmpty: false }
        && Item is not { IsEmpty: false };
}
