namespace IntegrationHub.Notifications.Subscriptions;

/// <summary>How much a notification carries (backport-payload-content).</summary>
public enum PayloadContent
{
    /// <summary>Only the SubscriptionStatus: the subscriber calls <c>$events</c> or reads the record.</summary>
    Empty,

    /// <summary>The SubscriptionStatus with the focus (the Encounter) by reference.</summary>
    IdOnly,

    /// <summary>The SubscriptionStatus and the discharge summary resources.</summary>
    FullResource,
}
