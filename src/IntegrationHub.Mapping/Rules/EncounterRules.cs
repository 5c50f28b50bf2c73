using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// Encounter semantics of the trigger event: the status comes from vocabulary/event-encounter-status.csv
/// (A05 planned, A01 in-progress, A03 finished, A11 cancelled, A21 on leave ...); an event the table
/// does not list (A08 update) takes it from the period (PV1-44/45). An encounter that is not finished
/// has no end or discharge disposition (A13 cancel discharge reverses them), and a finished one has
/// no active location; a cancelled transfer (A12) drops the location it had moved the patient to.
/// </summary>
internal static class EncounterRules
{
    private const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    private const string NullFlavor = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";
    private const string CancelTransfer = "A12";

    public static void Apply(Encounter encounter, MappingContext context)
    {
        var status = Status(encounter, context);
        encounter.Status = status;
        if (status is EncounterStatus.Planned or EncounterStatus.Arrived or EncounterStatus.InProgress or EncounterStatus.Onleave)
        {
            if (encounter.Period is { } period)
            {
                period.End = null;
                if (period.Start is null)
                {
                    encounter.Period = null;
                }
            }

            if (encounter.Hospitalization is { } stay)
            {
                stay.DischargeDisposition = null;
            }
        }
        else if (status == EncounterStatus.Finished && encounter.Period?.End is null)
        {
            context.Location = Hl7Location.ForField("PV1", 45);
            context.Warn(Hl7ErrorCode.RequiredFieldMissing, "A discharge without a discharge date/time; Encounter.period has no end.");
        }

        if (context.TriggerEvent == CancelTransfer && encounter.Location is { } moved)
        {
            // A12: PV1-3 is the location the patient is back in (active below); the prior location
            // (PV1-6) is the one of the cancelled transfer, where the patient never was, so it is not history.
            moved.RemoveAll(static location => location.Status == EncounterLocationStatus.Completed);
        }

        if (encounter.Location is { } locations)
        {
            foreach (var location in locations)
            {
                location.Status ??= status switch
                {
                    EncounterStatus.Planned => EncounterLocationStatus.Planned,
                    EncounterStatus.Finished or EncounterStatus.Cancelled => EncounterLocationStatus.Completed,
                    _ => EncounterLocationStatus.Active,
                };
                if (status == EncounterStatus.Finished && location.Status == EncounterLocationStatus.Active)
                {
                    location.Status = EncounterLocationStatus.Completed;
                }
            }
        }

        // Encounter.class is required; without a mapped patient class it is explicitly unknown.
        encounter.Class ??= new Coding { System = NullFlavor, Code = "UNK", Display = "unknown" };
        if (encounter.Class.System is null && encounter.Class.Code is not null)
        {
            encounter.Class.System = ActCode;
        }
    }

    private static EncounterStatus Status(Encounter encounter, MappingContext context)
    {
        if (context.Profile.EncounterStatus?.Find(context.TriggerEvent) is { } entry
            && FhirCode.TryParse<EncounterStatus>(entry.Code, out var status))
        {
            return status;
        }

        return encounter.Period switch
        {
            { End: not null } => EncounterStatus.Finished,
            { Start: not null } => EncounterStatus.InProgress,
            _ => EncounterStatus.Unknown,
        };
    }
}
