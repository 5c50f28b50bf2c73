using IntegrationHub.Fhir;
using IntegrationHub.Records.Api;

namespace IntegrationHub.Notifications.Api;

/// <summary>What <see cref="SubscriptionApi"/> answers, for the CapabilityStatement at <c>/fhir/metadata</c>.</summary>
internal sealed class SubscriptionCapability : ICapabilityContributor
{
    private const string Backport = "http://hl7.org/fhir/uv/subscriptions-backport";

    public CapabilityStatementRestResource Describe() => new()
    {
        Type = ResourceType.Subscription,
        SupportedProfile = [Backport + "/StructureDefinition/backport-subscription"],
        Documentation = "Discharge notifications (topic " + DischargeTopic.Url + "): rest-hook over https with a handshake before activation; "
            + "filters Encounter?practice= and Encounter?patient.identifier=; payloads empty, id-only and full-resource. "
            + "Searching without parameters lists the caller's own subscriptions.",
        Interaction =
        [
            new() { Code = TypeRestfulInteraction.Create },
            new() { Code = TypeRestfulInteraction.Read },
            new() { Code = TypeRestfulInteraction.Update },
            new() { Code = TypeRestfulInteraction.Delete },
            new() { Code = TypeRestfulInteraction.SearchType },
        ],
        Versioning = ResourceVersionPolicy.Versioned,
        UpdateCreate = false,
        Operation =
        [
            new() { Name = "status", Definition = Backport + "/OperationDefinition/backport-subscription-status" },
            new() { Name = "events", Definition = Backport + "/OperationDefinition/backport-subscription-events" },
        ],
    };
}
