namespace IntegrationHub.Messaging;

/// <summary>
/// How long a consumer keeps retrying a message (exponential backoff) before giving it up to the failures list.
/// The defaults ride out a database restart or failover of about a minute.
/// </summary>
internal sealed class RetryOptions
{
    public const string SectionName = "Retry";

    public int Limit { get; set; } = 12;

    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(10);
}
