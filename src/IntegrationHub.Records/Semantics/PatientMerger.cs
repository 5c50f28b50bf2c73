using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Semantics;

/// <summary>
/// One Patient per person across senders. Identifiers are collected from every sender whatever the event time
/// (an identifier is a fact, not a state); demographics come from the newest event only (the event-time guard);
/// GP registration is kept when a newer message carries none (only A28/A31 and PD1 carry it); links are kept.
/// </summary>
internal static class PatientMerger
{
    public static Patient Merge(Patient? stored, Patient incoming, bool incomingIsNewer)
    {
        if (stored is null)
        {
            return incoming;
        }

        var result = incomingIsNewer ? incoming : stored;
        var other = incomingIsNewer ? stored : incoming;
        result.Identifier = UnionIdentifiers(result.Identifier, other.Identifier);
        if (result.GeneralPractitioner is not { Count: > 0 })
        {
            result.GeneralPractitioner = other.GeneralPractitioner;
        }

        result.Link = UnionLinks(stored.Link, incoming.Link);
        result.Id = stored.Id;
        return result;
    }

    public static List<Identifier>? UnionIdentifiers(List<Identifier>? first, List<Identifier>? second)
    {
        if (second is not { Count: > 0 })
        {
            return first;
        }

        var result = first is null ? [] : new List<Identifier>(first);
        foreach (var identifier in second)
        {
            if (!Contains(result, identifier))
            {
                result.Add(identifier);
            }
        }

        return result;
    }

    public static List<PatientLink>? UnionLinks(List<PatientLink>? first, List<PatientLink>? second)
    {
        if (second is not { Count: > 0 })
        {
            return first;
        }

        var result = first is null ? [] : new List<PatientLink>(first);
        foreach (var link in second)
        {
            var found = false;
            foreach (var existing in result)
            {
                if (existing.Type == link.Type && existing.Other.ReferenceValue == link.Other.ReferenceValue)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                result.Add(link);
            }
        }

        return result;
    }

    private static bool Contains(List<Identifier> identifiers, Identifier candidate)
    {
        foreach (var identifier in identifiers)
        {
            if (identifier.System == candidate.System && identifier.Value == candidate.Value)
            {
                return true;
            }
        }

        return false;
    }
}
