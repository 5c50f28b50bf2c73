using System.Text;
using IntegrationHub.Fhir;
using IntegrationHub.Records.Semantics;

namespace IntegrationHub.Records.Applying;

/// <summary>How an incoming resource meets the stored one, whatever the store.</summary>
internal static class WriteRules
{
    /// <summary>
    /// The event-time guard: an event older than the one that last changed the resource never overwrites it (a
    /// Patient still gains the identifiers it brings). Encounters and Patients are merged with what is stored;
    /// findings keep the identifiers of every sender; everything else is replaced by the sender's current view.
    /// </summary>
    /// <remarks>
    /// <paramref name="storedJson"/> is read only for the types <see cref="MergesWithStored"/> names, so a store need
    /// not fetch it for the others; <paramref name="isStored"/> says whether the record holds the resource at all.
    /// </remarks>
    /// <returns>What to store, or null when the stored resource stays as it is.</returns>
    public static Resource? Merge(bool isStored, string? storedJson, Resource incoming, bool newer, DateTimeOffset eventTime)
    {
        if (!isStored)
        {
            return incoming is Encounter encounter ? EncounterMerger.Merge(null, encounter, eventTime) : incoming;
        }

        if (!MergesWithStored(incoming.ResourceType))
        {
            return newer ? incoming : null;
        }

        var stored = Parse(storedJson ?? throw new ArgumentNullException(nameof(storedJson), $"A stored {incoming.ResourceType} is merged, so its JSON is needed."));
        return (stored, incoming) switch
        {
            (Patient s, Patient i) => PatientMerger.Merge(s, i, newer),
            (Encounter s, Encounter i) when newer => EncounterMerger.Merge(s, i, eventTime),
            (AllergyIntolerance or Condition or Procedure, _) when newer => WithIdentifiersOf(incoming, stored),
            _ when newer => incoming,
            _ => null,
        };
    }

    /// <summary>
    /// The types <see cref="Merge"/> combines with the stored resource. The rest (the practice, GP, ward and
    /// medicine every message repeats) are replaced or kept whole, so their stored JSON is never read or parsed.
    /// </summary>
    public static bool MergesWithStored(ResourceType type) =>
        type is ResourceType.Patient or ResourceType.Encounter or ResourceType.AllergyIntolerance or ResourceType.Condition or ResourceType.Procedure;

    /// <summary>The meta of a new version: its number, the transaction's time and the message it came from.</summary>
    public static Meta MetaFor(int version, ApplyContext context) => new()
    {
        VersionId = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        LastUpdated = new FhirInstant(context.Now),
        Source = EventBundle.UuidScheme + context.Event.MessageId.ToString("D"),
    };

    /// <summary>A stored resource; a row the model cannot read is corruption, not input.</summary>
    public static Resource Parse(string json)
    {
        if (!FhirJson.TryParse(Encoding.UTF8.GetBytes(json), out var resource, out var issues))
        {
            throw new InvalidDataException("A stored resource could not be read: " + (issues.Count > 0 ? issues[0].Message : "unknown problem"));
        }

        return resource;
    }

    /// <summary>
    /// The key of a finding that several senders may report (allergy, problem, procedure): its type, first coding,
    /// record patient and, for a procedure, performed date; null for anything else or a finding without a code.
    /// </summary>
    public static FindingKey? FindingKeyOf(Resource? resource, ApplyContext context)
    {
        var (type, code, subject, performed) = resource switch
        {
            AllergyIntolerance a => ("AllergyIntolerance", a.Code, a.Patient, (string?)null),
            Condition c => ("Condition", c.Code, c.Subject, null),
            Procedure p => ("Procedure", p.Code, p.Subject, p.PerformedDateTime?.ToString()),
            _ => (null, null, null, null),
        };
        if (type is null || code?.Coding is not { Count: > 0 } codings || codings[0].Code is not { } codeValue
            || subject?.ReferenceValue is not { } subjectReference || !subjectReference.StartsWith(EventBundle.UuidScheme, StringComparison.Ordinal)
            || !context.IdMap.TryGetValue(subjectReference[EventBundle.UuidScheme.Length..], out var patientId))
        {
            return null;
        }

        return new FindingKey(type, resource!.Id!, patientId, codings[0].System, codeValue, performed);
    }

    private static Resource WithIdentifiersOf(Resource incoming, Resource stored)
    {
        switch (incoming, stored)
        {
            case (AllergyIntolerance i, AllergyIntolerance s):
                i.Identifier = PatientMerger.UnionIdentifiers(i.Identifier, s.Identifier);
                break;
            case (Condition i, Condition s):
                i.Identifier = PatientMerger.UnionIdentifiers(i.Identifier, s.Identifier);
                break;
            case (Procedure i, Procedure s):
                i.Identifier = PatientMerger.UnionIdentifiers(i.Identifier, s.Identifier);
                break;
            default:
                break;
        }

        return incoming;
    }
}

/// <summary>What makes two senders' findings the same one (see <see cref="WriteRules.FindingKeyOf"/>).</summary>
internal sealed record FindingKey(string Type, string Id, string PatientId, string? System, string Code, string? Performed);
