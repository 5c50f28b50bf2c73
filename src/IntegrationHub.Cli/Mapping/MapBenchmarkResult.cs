namespace IntegrationHub.Cli.Mapping;

/// <summary>Throughput and allocation of one file's messages, and how many of them were mapped.</summary>
internal sealed record MapBenchmarkResult(double MessagesPerSecond, double BytesPerMessage, int Mapped);
