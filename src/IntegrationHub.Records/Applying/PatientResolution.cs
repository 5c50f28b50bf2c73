using IntegrationHub.Fhir;
using IntegrationHub.Records.Semantics;

namespace IntegrationHub.Records.Applying;

/// <summary>
/// The store-independent half of patient matching: which record a message's Patient is, and which merges follow
/// from the matches. Each store finds the candidate records; these rules decide.
/// </summary>
internal static class PatientResolution
{
    /// <summary>Every identifier of the Patient that has both a system and a value.</summary>
    public static List<(string System, string Value)> IdentifiersOf(Patient patient)
    {
        var identifiers = new List<(string, string)>();
        foreach (var identifier in patient.Identifier ?? [])
        {
            if (identifier.System is { } system && identifier.Value is { } value)
            {
                identifiers.Add((system, value));
            }
        }

        return identifiers;
    }

    /// <summary>A merge message (A34/A35/A40) carries the retired Patient with a replaced-by link.</summary>
    public static bool IsRetired(Patient patient)
    {
        foreach (var link in patient.Link ?? [])
        {
            if (link.Type == LinkType.ReplacedBy)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Records the matches (record id and per-sender record to link, in the order of <paramref name="patients"/>):
    /// the id map, the patients of the event and the merges it performs.
    /// </summary>
    public static void Record(ApplyContext context, List<Patient> patients, List<(string RecordId, string? Unlinked)> matches)
    {
        string? survivor = null;
        string? retiredMessageId = null;
        for (var i = 0; i < patients.Count; i++)
        {
            var patient = patients[i];
            var (recordId, unlinked) = matches[i];
            context.IdMap[patient.Id!] = recordId;
            if (unlinked is not null && !IsRetired(patient))
            {
                // The NHS number has arrived for a person some sender knew only by a local identifier: that
                // per-sender record is linked now, exactly as a merge would link it.
                context.Merges.Add((unlinked, recordId));
            }

            if (IsRetired(patient))
            {
                retiredMessageId = patient.Id;
                continue;
            }

            survivor ??= recordId;
            context.PatientIds.Add(recordId);
        }

        if (retiredMessageId is not null && survivor is not null)
        {
            var retired = context.IdMap[retiredMessageId];
            if (retired == survivor)
            {
                // The retired identifiers already lead to the survivor (a resent merge): keep the retired Patient apart.
                context.IdMap[retiredMessageId] = retiredMessageId;
                retired = retiredMessageId;
            }

            context.Merges.Add((retired, survivor));
            context.PatientIds.Add(retired);
        }
    }

    /// <summary>The GP practice (ODS code) the Patient is registered with, from the message's Organizations.</summary>
    public static string? GpOdsOf(Patient patient, ApplyContext context)
    {
        string? gpOds = null;
        foreach (var gp in patient.GeneralPractitioner ?? [])
        {
            if (gp.ReferenceValue is { } reference && reference.StartsWith("Organization/", StringComparison.Ordinal)
                && context.OrganisationOds.TryGetValue(reference["Organization/".Length..], out var ods))
            {
                gpOds = ods;
            }
        }

        return IsRetired(patient) ? null : gpOds;
    }

    /// <summary>
    /// Both Patients of a merge carry it: the survivor collects every identifier of the retired one (so the person is
    /// found by any of them) and a replaces link; the retired one becomes inactive with a replaced-by link.
    /// </summary>
    public static void LinkMerged(Patient survivor, Patient retired, string survivorId, string retiredId)
    {
        survivor.Identifier = PatientMerger.UnionIdentifiers(survivor.Identifier, retired.Identifier);
        survivor.Link = PatientMerger.UnionLinks(survivor.Link, [new PatientLink { Type = LinkType.Replaces, Other = new Reference { ReferenceValue = "Patient/" + retiredId, Type = "Patient" } }]);
        retired.Active = false;
        retired.Link = PatientMerger.UnionLinks(retired.Link, [new PatientLink { Type = LinkType.ReplacedBy, Other = new Reference { ReferenceValue = "Patient/" + survivorId, Type = "Patient" } }]);
    }
}
