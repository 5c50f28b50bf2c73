using IntegrationHub.Contracts;
using IntegrationHub.Fhir;
using IntegrationHub.Hl7;
using IntegrationHub.Mapping;

namespace IntegrationHub.Pipeline;

/// <summary>
/// Turns an accepted v2 message into the past-tense event the views consume: maps it to a FHIR message Bundle
/// with the compiled mappings and names what happened by its trigger event. A message that cannot be mapped
/// is not an event: the reason says why, for the failures list.
/// </summary>
internal sealed class PatientEventFactory(MappingEngine engine)
{
    public PatientEvent? Make(Hl7MessageReceived message, out string? failure)
    {
        var result = engine.Map(message.Raw);
        if (result.Bundle is null)
        {
            failure = Describe(result);
            return null;
        }

        failure = null;
        var bundle = FhirJson.Serialize(result.Bundle);
        var occurredAt = EventTime.Read(message.Raw);
        return Kind(result.EventCode) switch
        {
            EventKind.Admitted => Fill<PatientAdmitted>(message, result.EventCode, occurredAt, bundle),
            EventKind.Transferred => Fill<PatientTransferred>(message, result.EventCode, occurredAt, bundle),
            EventKind.Discharged => Fill<PatientDischarged>(message, result.EventCode, occurredAt, bundle),
            EventKind.Merged => Fill<PatientsMerged>(message, result.EventCode, occurredAt, bundle),
            EventKind.Cancelled => Fill<AdmissionCancelled>(message, result.EventCode, occurredAt, bundle),
            EventKind.Medications => Fill<MedicationsChanged>(message, result.EventCode, occurredAt, bundle),
            _ => Fill<PatientUpdated>(message, result.EventCode, occurredAt, bundle),
        };
    }

    /// <summary>Which past-tense event a trigger is; everything not listed updates the patient.</summary>
    internal static EventKind Kind(string eventCode)
    {
        var separator = eventCode.IndexOf('^', StringComparison.Ordinal);
        var code = separator < 0 ? eventCode : eventCode[..separator];
        var trigger = separator < 0 ? string.Empty : eventCode[(separator + 1)..];
        if (code != "ADT")
        {
            return code is "RDE" or "RDS" or "RAS" or "OMP" ? EventKind.Medications : EventKind.Updated;
        }

        return trigger switch
        {
            "A01" or "A04" or "A05" or "A14" => EventKind.Admitted,
            "A02" or "A06" or "A07" or "A21" or "A22" or "A52" or "A53" => EventKind.Transferred,
            "A03" => EventKind.Discharged,
            "A34" or "A35" or "A36" or "A39" or "A40" or "A41" or "A42" => EventKind.Merged,
            "A11" or "A12" or "A13" or "A27" or "A38" => EventKind.Cancelled,
            _ => EventKind.Updated,
        };
    }

    private static T Fill<T>(Hl7MessageReceived message, string eventCode, DateTimeOffset? occurredAt, string bundle)
        where T : PatientEvent, new() => new()
        {
            MessageId = message.MessageId,
            PartitionKey = message.PartitionKey,
            EventCode = eventCode,
            OccurredAt = occurredAt,
            SendingApplication = message.SendingApplication,
            SendingFacility = message.SendingFacility,
            ReceivedAt = message.ReceivedAt,
            Bundle = bundle,
        };

    // The reason is kept with the message in the failures list (the database holds patient data anyway).
    private static string Describe(MappingResult result)
    {
        var errors = new List<string>();
        foreach (var issue in result.Issues)
        {
            if (issue.Severity == Hl7Severity.Error)
            {
                errors.Add($"{(int)issue.Code} at {issue.Location}: {issue.Message}");
            }
        }

        var what = string.IsNullOrEmpty(result.EventCode) ? "message" : result.EventCode;
        return errors.Count == 0 ? $"{what} could not be mapped" : $"{what} could not be mapped: {string.Join("; ", errors)}";
    }
}

internal enum EventKind
{
    Updated,
    Admitted,
    Transferred,
    Discharged,
    Merged,
    Cancelled,
    Medications,
}
