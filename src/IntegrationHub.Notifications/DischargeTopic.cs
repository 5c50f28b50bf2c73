namespace IntegrationHub.Notifications;

/// <summary>Canonical URLs of the discharge topic and of the R5 Backport IG extensions and profiles we use.</summary>
public static class DischargeTopic
{
    /// <summary>The topic a Subscription names in <c>criteria</c>.</summary>
    public const string Url = "https://fhir.integration-hub.nhs.uk/SubscriptionTopic/discharge";

    public const string Backport = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/";
    public const string FilterCriteria = Backport + "backport-filter-criteria";
    public const string PayloadContent = Backport + "backport-payload-content";
    public const string HeartbeatPeriod = Backport + "backport-heartbeat-period";
    public const string TimeoutExtension = Backport + "backport-timeout";
    public const string MaxCount = Backport + "backport-max-count";
    public const string SubscriptionProfile = Backport + "backport-subscription";
    public const string StatusProfile = Backport + "backport-subscription-status-r4";

    /// <summary>Says on a notification event whether the patient went home or the discharge was undone (A13).</summary>
    public const string EventKindExtension = "https://fhir.integration-hub.nhs.uk/StructureDefinition/discharge-notification-kind";
}
