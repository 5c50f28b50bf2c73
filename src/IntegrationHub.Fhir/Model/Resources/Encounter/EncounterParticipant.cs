namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Encounter.participant element: List of participants involved in the encounter.</summary>
public sealed class EncounterParticipant : BackboneElement
{
    /// <summary>Role of participant in encounter.</summary>
    public List<CodeableConcept>? Type { get; set; }

    /// <summary>Period of time during the encounter that the participant participated.</summary>
    public Period? Period { get; set; }

    /// <summary>Persons involved in the encounter other than the patient.</summary>
    public Reference? Individual { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && FhirContent.NoElements(Type)
        && Period is not { IsEmpty: false }
        && Individual is not { IsEmpty: false };
}
