using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Semantics;

/// <summary>
/// Encounter state from admit, transfer, leave, discharge and cancellation messages. Each message carries the
/// encounter as the sender now sees it; the record keeps what the sender forgets: the statuses it went through
/// (statusHistory, each with the period it held), the classes, and every location with when it was occupied.
/// </summary>
internal static class EncounterMerger
{
    public static Encounter Merge(Encounter? stored, Encounter incoming, DateTimeOffset eventTime)
    {
        var at = new FhirDateTime(eventTime);
        if (stored is null)
        {
            StampActiveLocations(incoming.Location, null, at);
            return incoming;
        }

        incoming.StatusHistory = stored.StatusHistory is null ? null : new List<EncounterStatusHistory>(stored.StatusHistory);
        if (stored.Status != incoming.Status)
        {
            var since = LastChange(stored);
            (incoming.StatusHistory ??= []).Add(new EncounterStatusHistory
            {
                Status = stored.Status,
                Period = new Period { Start = since, End = at },
            });
        }

        incoming.ClassHistory = stored.ClassHistory is null ? null : new List<EncounterClassHistory>(stored.ClassHistory);
        if (stored.Class.Code != incoming.Class.Code || stored.Class.System != incoming.Class.System)
        {
            (incoming.ClassHistory ??= []).Add(new EncounterClassHistory
            {
                Class = stored.Class,
                Period = new Period { Start = stored.Period?.Start, End = at },
            });
        }

        incoming.Location = MergeLocations(stored.Location, incoming.Location, at);
        return incoming;
    }

    private static FhirDateTime? LastChange(Encounter stored)
    {
        if (stored.StatusHistory is { Count: > 0 } history && history[^1].Period.End is { } end)
        {
            return end;
        }

        return stored.Period?.Start;
    }

    private static List<EncounterLocation>? MergeLocations(List<EncounterLocation>? stored, List<EncounterLocation>? incoming, FhirDateTime at)
    {
        if (stored is not { Count: > 0 })
        {
            StampActiveLocations(incoming, null, at);
            return incoming;
        }

        var result = new List<EncounterLocation>(stored.Count + (incoming?.Count ?? 0));
        foreach (var old in stored)
        {
            var now = Find(incoming, old.Location.ReferenceValue);
            if (now is null)
            {
                // The sender no longer lists it: the patient has left that location.
                if (old.Status is EncounterLocationStatus.Active)
                {
                    old.Status = EncounterLocationStatus.Completed;
                    (old.Period ??= new Period()).End ??= at;
                }

                result.Add(old);
                continue;
            }

            // Same location: take the sender's status, keep when it started, close it when it completed.
            now.Period ??= old.Period;
            if (now.Status is EncounterLocationStatus.Completed && old.Status is EncounterLocationStatus.Active)
            {
                (now.Period ??= new Period()).End ??= at;
            }

            result.Add(now);
        }

        if (incoming is not null)
        {
            foreach (var now in incoming)
            {
                if (Find(stored, now.Location.ReferenceValue) is null)
                {
                    if (now.Status is EncounterLocationStatus.Active)
                    {
                        (now.Period ??= new Period()).Start ??= at;
                    }

                    result.Add(now);
                }
            }
        }

        return result;
    }

    private static void StampActiveLocations(List<EncounterLocation>? locations, FhirDateTime? start, FhirDateTime at)
    {
        if (locations is null)
        {
            return;
        }

        foreach (var location in locations)
        {
            if (location.Status is EncounterLocationStatus.Active && location.Period is null)
            {
                location.Period = new Period { Start = start ?? at };
            }
        }
    }

    private static EncounterLocation? Find(List<EncounterLocation>? locations, string? reference)
    {
        if (locations is null)
        {
            return null;
        }

        foreach (var location in locations)
        {
            if (location.Location.ReferenceValue == reference)
            {
                return location;
            }
        }

        return null;
    }
}
