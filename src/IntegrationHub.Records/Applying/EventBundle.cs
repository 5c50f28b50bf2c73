using IntegrationHub.Contracts;
using IntegrationHub.Fhir;
using IntegrationHub.Records.Prescribing;

namespace IntegrationHub.Records.Applying;

/// <summary>
/// Reading a patient event's message Bundle the same way in every store: what it says, when it happened, where it
/// comes from, and which of its entries become writes, deletions or prescribing evidence.
/// </summary>
internal static class EventBundle
{
    public const string UuidScheme = "urn:uuid:";

    /// <summary>
    /// The event's Bundle. A Bundle the model cannot read is a defect upstream, not a transient fault: throwing sends
    /// the event to the partition's error queue with this reason (the issue text names elements, never patient values).
    /// </summary>
    public static Bundle Read(PatientEvent patientEvent)
    {
        if (!FhirJson.TryParse<Bundle>(patientEvent.Bundle, out var bundle, out var issues))
        {
            throw new InvalidDataException("The event's Bundle is not valid FHIR: " + (issues.Count > 0 ? issues[0].Message : "unknown problem"));
        }

        return bundle;
    }

    /// <summary>The event's clock in UTC: a sender's local offset (BST) says nothing about order.</summary>
    public static DateTimeOffset EventTimeOf(PatientEvent patientEvent) => (patientEvent.OccurredAt ?? patientEvent.ReceivedAt).ToUniversalTime();

    /// <summary>
    /// GP or hospital: a GP medication feed (OMP) or a sender whose MSH-4 is a GP practice ODS code (a letter and five
    /// digits, e.g. B82001; trusts are three characters, or five with a site suffix) is primary care.
    /// </summary>
    public static CareSetting CareSettingOf(PatientEvent patientEvent)
    {
        if (patientEvent.EventCode.StartsWith("OMP", StringComparison.Ordinal))
        {
            return CareSetting.Gp;
        }

        var ods = patientEvent.SendingFacility;
        return ods.Length == 6 && char.IsAsciiLetterUpper(ods[0]) && ods.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0 ? CareSetting.Gp : CareSetting.Hospital;
    }

    /// <summary>
    /// Resolves the Bundle's references in place: inside the message they point at urn:uuid fullUrls; in the record
    /// they are Type/id, with the patient's id being the matched record's (<paramref name="idMap"/>).
    /// </summary>
    public static void Resolve(Bundle bundle, Dictionary<string, string> idMap)
    {
        var targets = new Dictionary<string, string>(bundle.Entry?.Count ?? 0, StringComparer.Ordinal);
        foreach (var entry in bundle.Entry ?? [])
        {
            if (entry.Resource?.Id is not { } id || entry.FullUrl is not { } fullUrl || !fullUrl.StartsWith(UuidScheme, StringComparison.Ordinal))
            {
                continue;
            }

            targets[fullUrl] = FhirCode.ToCode(entry.Resource.ResourceType) + "/" + (idMap.TryGetValue(id, out var mapped) ? mapped : id);
        }

        FhirReferences.Rewrite(bundle, targets);
    }

    /// <summary>
    /// Sorts the resolved entries: DELETE requests go to <see cref="ApplyContext.Deletions"/>, a sender's
    /// MedicationStatements to <see cref="ApplyContext.Statements"/> (the record's MedicationStatements are the
    /// prescribing view's own lines; a sender's statement is evidence for one); the rest, under their record ids,
    /// are returned to be written.
    /// </summary>
    public static List<Resource> SortEntries(Bundle resolved, ApplyContext context)
    {
        var resources = new List<Resource>(resolved.Entry?.Count ?? 0);
        foreach (var entry in resolved.Entry ?? [])
        {
            if (entry.Request is { Method: HTTPVerb.DELETE, Url: { } url } && url.Split('/') is [var deletedType, var deletedId])
            {
                context.Deletions.Add((deletedType, deletedId));
                continue;
            }

            if (entry.Resource is null or MessageHeader || entry.Resource.Id is null)
            {
                continue;
            }

            if (context.IdMap.TryGetValue(entry.Resource.Id, out var mapped))
            {
                entry.Resource.Id = mapped;
            }

            if (entry.Resource is MedicationStatement statement)
            {
                context.Statements.Add(statement);
                continue;
            }

            resources.Add(entry.Resource);
        }

        return resources;
    }

    /// <summary>The message's Patients (with ids); notes each Organization's ODS code for the GP practice on the way.</summary>
    public static List<Patient> PatientsOf(Bundle bundle, ApplyContext context)
    {
        var patients = new List<Patient>();
        foreach (var entry in bundle.Entry ?? [])
        {
            switch (entry.Resource)
            {
                case Patient patient when patient.Id is not null:
                    patients.Add(patient);
                    break;
                case Organization organization when organization.Id is not null:
                    foreach (var identifier in organization.Identifier ?? [])
                    {
                        if (identifier.System == FhirSystems.OdsOrganizationCode && identifier.Value is { } ods)
                        {
                            context.OrganisationOds[organization.Id] = ods;
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        return patients;
    }
}
