using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Indexing;

/// <summary>
/// Extracts the search parameters the API supports (see <see cref="SearchParameters"/>) from a resource. The
/// patient compartment is not indexed here: it is the <c>patient_id</c> column of the resource row.
/// </summary>
internal static class SearchIndexer
{
    public static List<IndexEntry> Index(Resource resource)
    {
        var entries = new List<IndexEntry>();
        switch (resource)
        {
            case Patient patient:
                AddIdentifiers(entries, patient.Identifier);
                if (patient.Name is { } names)
                {
                    foreach (var name in names)
                    {
                        AddString(entries, "family", name.Family);
                        if (name.Given is { } given)
                        {
                            foreach (var g in given)
                            {
                                AddString(entries, "given", g);
                            }
                        }
                    }
                }

                if (patient.BirthDate is { } birthDate && DateRange.TryFromDate(birthDate, out var low, out var high))
                {
                    entries.Add(new IndexEntry(IndexKind.Date, "birthdate", null, birthDate.ToString(), low, high));
                }

                AddReferences(entries, "general-practitioner", patient.GeneralPractitioner);
                break;
            case Encounter encounter:
                AddIdentifiers(entries, encounter.Identifier);
                AddToken(entries, "status", null, FhirCode.ToCode(encounter.Status));
                if (encounter.Period is { } period && DateRange.TryFromPeriod(period, out var start, out var end))
                {
                    entries.Add(new IndexEntry(IndexKind.Date, "date", null, string.Empty, start, end));
                }

                AddReference(entries, "service-provider", encounter.ServiceProvider);
                break;
            case AllergyIntolerance allergy:
                AddCodes(entries, "clinical-status", allergy.ClinicalStatus);
                AddCodes(entries, "code", allergy.Code);
                break;
            case Condition condition:
                AddCodes(entries, "clinical-status", condition.ClinicalStatus);
                AddCodes(entries, "code", condition.Code);
                break;
            case Procedure procedure:
                AddToken(entries, "status", null, FhirCode.ToCode(procedure.Status));
                AddCodes(entries, "code", procedure.Code);
                break;
            case MedicationRequest request:
                AddIdentifiers(entries, request.Identifier);
                AddToken(entries, "status", null, FhirCode.ToCode(request.Status));
                AddCodes(entries, "code", request.MedicationCodeableConcept);
                break;
            case MedicationStatement statement:
                AddIdentifiers(entries, statement.Identifier);
                AddToken(entries, "status", null, FhirCode.ToCode(statement.Status));
                AddCodes(entries, "code", statement.MedicationCodeableConcept);
                break;
            case MedicationDispense dispense:
                AddIdentifiers(entries, dispense.Identifier);
                AddToken(entries, "status", null, FhirCode.ToCode(dispense.Status));
                AddCodes(entries, "code", dispense.MedicationCodeableConcept);
                break;
            case Organization organization:
                AddIdentifiers(entries, organization.Identifier);
                break;
            case Practitioner practitioner:
                AddIdentifiers(entries, practitioner.Identifier);
                break;
            case Provenance provenance:
                AddReferences(entries, "target", provenance.Target);
                break;
            default:
                break;
        }

        return entries;
    }

    private static void AddIdentifiers(List<IndexEntry> entries, List<Identifier>? identifiers)
    {
        if (identifiers is null)
        {
            return;
        }

        foreach (var identifier in identifiers)
        {
            AddToken(entries, "identifier", identifier.System, identifier.Value);
        }
    }

    private static void AddCodes(List<IndexEntry> entries, string param, CodeableConcept? concept)
    {
        if (concept?.Coding is not { } codings)
        {
            return;
        }

        foreach (var coding in codings)
        {
            AddToken(entries, param, coding.System, coding.Code);
        }
    }

    private static void AddToken(List<IndexEntry> entries, string param, string? system, string? code)
    {
        if (!string.IsNullOrEmpty(code))
        {
            entries.Add(new IndexEntry(IndexKind.Token, param, string.IsNullOrEmpty(system) ? null : system, code));
        }
    }

    private static void AddString(List<IndexEntry> entries, string param, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            entries.Add(new IndexEntry(IndexKind.String, param, null, value.ToLowerInvariant()));
        }
    }

    private static void AddReferences(List<IndexEntry> entries, string param, List<Reference>? references)
    {
        if (references is null)
        {
            return;
        }

        foreach (var reference in references)
        {
            AddReference(entries, param, reference);
        }
    }

    private static void AddReference(List<IndexEntry> entries, string param, Reference? reference)
    {
        if (reference?.ReferenceValue is { Length: > 0 } value && !value.StartsWith("urn:", StringComparison.Ordinal))
        {
            entries.Add(new IndexEntry(IndexKind.Reference, param, null, value));
        }
    }
}
