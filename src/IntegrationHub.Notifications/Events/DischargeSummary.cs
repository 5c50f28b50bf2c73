using System.Buffers;
using System.Text;
using System.Text.Json;
using IntegrationHub.Fhir;

namespace IntegrationHub.Notifications.Events;

/// <summary>
/// The discharge summary a full-resource notification carries, fixed when the event is applied so every
/// delivery, redelivery and <c>$events</c> answer carries the same content: the Patient, the Encounter (finished
/// for A03, in progress again after A13) with its discharge disposition and destination, the discharging
/// organisation (the sending trust, MSH-4, as <c>serviceProvider</c>), the clinicians, locations and GP practice
/// it references, the diagnoses (Conditions), and the discharge medication as MedicationStatements with a List
/// saying what changed against admission.
/// </summary>
internal static class DischargeSummary
{
    private const string UuidScheme = "urn:uuid:";

    /// <summary>The summary entries as a JSON array of <c>{fullUrl, resource}</c>, in the order they are sent.</summary>
    public static string Build(DischargeFacts facts, IReadOnlyList<MedicationStatement> medications, DateTimeOffset now)
    {
        var entries = new List<(string Url, Resource Resource)> { (facts.PatientUrl, facts.Patient) };
        var added = new HashSet<string>(StringComparer.Ordinal) { facts.PatientUrl };
        if (facts.Encounter is { } encounter && facts.EncounterUrl is { } encounterUrl)
        {
            if (encounter.ServiceProvider is null && facts.Source.SendingFacility.Length > 0)
            {
                var trust = new Organization
                {
                    Id = FhirId.FromKey(FhirSystems.OdsOrganizationCode, facts.Source.SendingFacility),
                    Identifier = [new Identifier { System = FhirSystems.OdsOrganizationCode, Value = facts.Source.SendingFacility }],
                };
                var trustUrl = UuidScheme + trust.Id;
                if (facts.ByUrl.TryAdd(trustUrl, trust))
                {
                    entries.Add((trustUrl, trust));
                    added.Add(trustUrl);
                }

                encounter.ServiceProvider = new Reference { ReferenceValue = trustUrl, Type = "Organization" };
            }

            entries.Add((encounterUrl, encounter));
            added.Add(encounterUrl);
        }

        // Conditions (DG1 diagnoses) and everything the Patient or Encounter references: the GP practice, the
        // clinicians, the ward locations. The message's own MessageHeader and Provenance are not part of a summary.
        foreach (var entry in facts.Bundle.Entry ?? [])
        {
            if (entry.FullUrl is { } url && entry.Resource is Condition condition && added.Add(url))
            {
                entries.Add((url, condition));
                if (facts.Encounter is { } e && !(e.Diagnosis ?? []).Any(d => d.Condition.ReferenceValue == url))
                {
                    (e.Diagnosis ??= []).Add(new EncounterDiagnosis { Condition = new Reference { ReferenceValue = url, Type = "Condition" } });
                }
            }
        }

        foreach (var entry in facts.Bundle.Entry ?? [])
        {
            if (entry.FullUrl is { } url && entry.Resource is Organization or Practitioner or PractitionerRole or Location
                && IsReferenced(url, facts) && added.Add(url))
            {
                entries.Add((url, entry.Resource));
            }
        }

        AddMedication(entries, facts, medications, now);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var (url, resource) in entries)
            {
                writer.WriteStartObject();
                writer.WriteString("fullUrl", url);
                writer.WritePropertyName("resource");
                writer.WriteRawValue(FhirJson.SerializeToUtf8Bytes(resource), skipInputValidation: true);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool IsReferenced(string url, DischargeFacts facts)
    {
        var patientRefs = facts.Patient.GeneralPractitioner ?? [];
        if (patientRefs.Any(r => r.ReferenceValue == url))
        {
            return true;
        }

        var encounter = facts.Encounter;
        return encounter is not null
            && (encounter.ServiceProvider?.ReferenceValue == url
                || (encounter.Participant ?? []).Any(p => p.Individual?.ReferenceValue == url)
                || (encounter.Location ?? []).Any(l => l.Location.ReferenceValue == url)
                || encounter.Hospitalization?.Destination?.ReferenceValue == url
                || encounter.Hospitalization?.Origin?.ReferenceValue == url);
    }

    /// <summary>
    /// The medication lines, re-pointed at this Bundle's Patient, and a List flagging each line against the
    /// admission: started during it, stopped during it, or carried on from before.
    /// </summary>
    private static void AddMedication(List<(string Url, Resource Resource)> entries, DischargeFacts facts, IReadOnlyList<MedicationStatement> medications, DateTimeOffset now)
    {
        if (medications.Count == 0)
        {
            return;
        }

        DateTimeOffset? admitted = null;
        if (facts.Encounter?.Period?.Start is { } start && start.TryGetDateTimeOffset(out var s))
        {
            admitted = s;
        }

        var list = new List
        {
            Id = FhirId.FromKey("https://fhir.integration-hub.nhs.uk/Id/discharge-medication", facts.Source.MessageId.ToString("D")),
            Status = ListStatus.Current,
            Mode = ListMode.Snapshot,
            Title = "Medication on discharge",
            Code = new CodeableConcept { Text = "Medication on discharge, with changes against admission" },
            Subject = new Reference { ReferenceValue = facts.PatientUrl, Type = "Patient" },
            Encounter = facts.EncounterUrl is null ? null : new Reference { ReferenceValue = facts.EncounterUrl, Type = "Encounter" },
            Date = new FhirDateTime(now),
            Entry = [],
        };
        foreach (var statement in medications)
        {
            statement.Id ??= Guid.CreateVersion7().ToString("D");
            statement.Subject = new Reference { ReferenceValue = facts.PatientUrl, Type = "Patient" };
            var url = Guid.TryParseExact(statement.Id, "D", out _) ? UuidScheme + statement.Id : UuidScheme + FhirId.FromKey("https://fhir.integration-hub.nhs.uk/Id/medication-line", statement.Id);
            entries.Add((url, statement));
            list.Entry.Add(new ListEntry { Item = new Reference { ReferenceValue = url, Type = "MedicationStatement" }, Flag = new CodeableConcept { Text = Change(statement, admitted) } });
        }

        entries.Add((UuidScheme + list.Id, list));
    }

    private static string Change(MedicationStatement statement, DateTimeOffset? admitted)
    {
        var period = statement.EffectivePeriod;
        var started = period?.Start is { } a && a.TryGetDateTimeOffset(out var st) ? st : (DateTimeOffset?)null;
        var ended = period?.End is { } b && b.TryGetDateTimeOffset(out var en) ? en : (DateTimeOffset?)null;
        if (statement.Status is MedicationStatementStatus.Stopped or MedicationStatementStatus.Completed)
        {
            return admitted is { } at && ended is { } e && e < at ? "stopped before admission" : "stopped during admission";
        }

        if (admitted is { } admission && started is { } begin && begin >= admission)
        {
            return "started during admission";
        }

        return "continued from before admission";
    }
}
