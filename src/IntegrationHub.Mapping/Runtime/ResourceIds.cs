using IntegrationHub.Fhir;

namespace IntegrationHub.Mapping;

/// <summary>
/// Deterministic ids from business identifiers scoped by their system (NHS number first for a
/// patient), so reprocessing a message yields the same ids and equal numbers from two facilities
/// (with different systems) never collide.
/// </summary>
internal static class ResourceIds
{
    public static List<Identifier>? IdentifiersOf(Resource resource) => resource switch
    {
        Patient r => r.Identifier,
        Encounter r => r.Identifier,
        Organization r => r.Identifier,
        Practitioner r => r.Identifier,
        Location r => r.Identifier,
        Medication r => r.Identifier,
        MedicationRequest r => r.Identifier,
        MedicationDispense r => r.Identifier,
        MedicationAdministration r => r.Identifier,
        MedicationStatement r => r.Identifier,
        RelatedPerson r => r.Identifier,
        AllergyIntolerance r => r.Identifier,
        Condition r => r.Identifier,
        Procedure r => r.Identifier,
        Observation r => r.Identifier,
        Coverage r => r.Identifier,
        _ => null,
    };

    /// <summary>The id from the best identifier that has both a system and a value, or null.</summary>
    public static string? ForIdentified(Resource resource)
    {
        var identifiers = IdentifiersOf(resource);
        if (identifiers is null)
        {
            return null;
        }

        Identifier? best = null;
        foreach (var identifier in identifiers)
        {
            if (string.IsNullOrEmpty(identifier.System) || string.IsNullOrEmpty(identifier.Value))
            {
                continue;
            }

            if (identifier.System == FhirSystems.NhsNumber)
            {
                best = identifier;
                break;
            }

            best ??= identifier;
        }

        if (best is null)
        {
            return null;
        }

        // A patient's id is its identifier's alone (the NHS number gives the same id everywhere); other
        // types add their name, so a practitioner and a patient sharing a local number stay apart.
        return resource is Patient
            ? FhirId.FromKey(best.System!, best.Value!)
            : FhirId.FromKey(FhirCode.ToCode(resource.ResourceType) + "|" + best.System, best.Value!);
    }
}
