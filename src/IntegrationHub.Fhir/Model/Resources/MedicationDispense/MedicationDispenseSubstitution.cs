using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MedicationDispense.substitution element: Whether a substitution was performed on the dispense.</summary>
public sealed class MedicationDispenseSubstitution : BackboneElement
{
    /// <summary>Whether a substitution was or was not performed on the dispense (required).</summary>
    public required bool WasSubstituted { get; set; }
    [JsonPropertyName("_wasSubstituted")] public PrimitiveElement? WasSubstitutedElement { get; set; }

    /// <summary>Code signifying whether a different drug was dispensed from what was prescribed.</summary>
    public CodeableConcept? Type { get; set; }

    /// <summary>Why was substitution made.</summary>
    public List<CodeableConcept>? Reason { get; set; }

    /// <summary>Who is responsible for the substitution.</summary>
    public List<Reference>? ResponsibleParty { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
