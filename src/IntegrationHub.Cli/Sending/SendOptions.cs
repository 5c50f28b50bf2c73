using IntegrationHub.Mllp.Client;

namespace IntegrationHub.Cli.Sending;

/// <summary>Where and how <c>hub send</c> sends.</summary>
internal sealed record SendOptions(string Host, int Port, int Concurrency, int Count, TimeSpan Timeout, MllpClientTlsOptions? Tls);
