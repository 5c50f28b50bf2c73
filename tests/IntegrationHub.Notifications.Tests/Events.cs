using System.Text;
using IntegrationHub.Contracts;
using IntegrationHub.Fhir;
using IntegrationHub.Mapping;

namespace IntegrationHub.Notifications.Tests;

/// <summary>Patient events made the way the pipeline makes them: the v2 message through the repository's mappings.</summary>
internal static class Events
{
    private static readonly Lazy<MappingEngine> Engine = new(() => MappingEngine.Load(Paths.Mappings));

    public static PatientEvent From(string message, DateTimeOffset occurredAt, Guid? messageId = null)
    {
        var result = Engine.Value.Map(Encoding.UTF8.GetBytes(message));
        Assert.True(result.Succeeded, "mapping failed: " + string.Join("; ", result.Issues.Select(i => i.ToString())));
        var bundle = FhirJson.Serialize(result.Bundle!);
        var fields = message[..message.IndexOf('\r', StringComparison.Ordinal)].Split('|');
        var id = messageId ?? Guid.NewGuid();
        var trigger = result.EventCode[(result.EventCode.IndexOf('^', StringComparison.Ordinal) + 1)..];
        return trigger switch
        {
            "A01" or "A04" or "A05" or "A14" => new PatientAdmitted { MessageId = id, PartitionKey = "p", EventCode = result.EventCode, OccurredAt = occurredAt, SendingApplication = fields[2], SendingFacility = fields[3], ReceivedAt = occurredAt, Bundle = bundle },
            "A02" or "A06" or "A07" or "A21" or "A22" => new PatientTransferred { MessageId = id, PartitionKey = "p", EventCode = result.EventCode, OccurredAt = occurredAt, SendingApplication = fields[2], SendingFacility = fields[3], ReceivedAt = occurredAt, Bundle = bundle },
            "A03" => new PatientDischarged { MessageId = id, PartitionKey = "p", EventCode = result.EventCode, OccurredAt = occurredAt, SendingApplication = fields[2], SendingFacility = fields[3], ReceivedAt = occurredAt, Bundle = bundle },
            "A34" or "A35" or "A40" => new PatientsMerged { MessageId = id, PartitionKey = "p", EventCode = result.EventCode, OccurredAt = occurredAt, SendingApplication = fields[2], SendingFacility = fields[3], ReceivedAt = occurredAt, Bundle = bundle },
            "A11" or "A12" or "A13" or "A38" => new AdmissionCancelled { MessageId = id, PartitionKey = "p", EventCode = result.EventCode, OccurredAt = occurredAt, SendingApplication = fields[2], SendingFacility = fields[3], ReceivedAt = occurredAt, Bundle = bundle },
            "O09" or "O11" or "O13" or "O17" => new MedicationsChanged { MessageId = id, PartitionKey = "p", EventCode = result.EventCode, OccurredAt = occurredAt, SendingApplication = fields[2], SendingFacility = fields[3], ReceivedAt = occurredAt, Bundle = bundle },
            _ => new PatientUpdated { MessageId = id, PartitionKey = "p", EventCode = result.EventCode, OccurredAt = occurredAt, SendingApplication = fields[2], SendingFacility = fields[3], ReceivedAt = occurredAt, Bundle = bundle },
        };
    }
}
