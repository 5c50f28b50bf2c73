namespace IntegrationHub.Testing;

/// <summary>How a private RabbitMQ node is started.</summary>
public sealed class RabbitMqServerOptions
{
    /// <summary>Also start the management plugin (HTTP API and UI) on its own loopback port; it slows start-up by seconds.</summary>
    public bool EnableManagement { get; init; }

    /// <summary>How long one start may take before it is abandoned with the log tail in the exception.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(90);
}
