using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Semantics;

/// <summary>Facts about a resource that the store needs without knowing every type: whose compartment it is in.</summary>
internal static class ResourceFacts
{
    private const string PatientPrefix = "Patient/";

    /// <summary>The reference (after rewriting, <c>Patient/id</c>) of the patient this resource is about, or null.</summary>
    public static Reference? PatientReference(Resource resource) => resource switch
    {
        Encounter r => r.Subject,
        AllergyIntolerance r => r.Patient,
        Condition r => r.Subject,
        Procedure r => r.Subject,
        MedicationRequest r => r.Subject,
        MedicationStatement r => r.Subject,
        MedicationDispense r => r.Subject,
        MedicationAdministration r => r.Subject,
        Observation r => r.Subject,
        RelatedPerson r => r.Patient,
        EpisodeOfCare r => r.Patient,
        Coverage r => r.Beneficiary,
        List r => r.Subject,
        Provenance r => FirstPatient(r.Target),
        Account r => FirstPatient(r.Subject),
        _ => null,
    };

    /// <summary>The patient compartment id: the Patient's own id, the patient it is about, or null for shared resources.</summary>
    public static string? CompartmentOf(Resource resource)
    {
        if (resource is Patient)
        {
            return resource.Id;
        }

        return PatientReference(resource)?.ReferenceValue is { } value && value.StartsWith(PatientPrefix, StringComparison.Ordinal)
            ? value[PatientPrefix.Length..]
            : null;
    }

    public static string? NhsNumber(Patient patient)
    {
        if (patient.Identifier is null)
        {
            return null;
        }

        foreach (var identifier in patient.Identifier)
        {
            if (identifier.System == FhirSystems.NhsNumber && !string.IsNullOrEmpty(identifier.Value))
            {
                return identifier.Value;
            }
        }

        return null;
    }

    private static Reference? FirstPatient(List<Reference>? references)
    {
        if (references is null)
        {
            return null;
        }

        foreach (var reference in references)
        {
            if (reference.ReferenceValue is { } value && value.StartsWith(PatientPrefix, StringComparison.Ordinal))
            {
                return reference;
            }
        }

        return null;
    }
}
