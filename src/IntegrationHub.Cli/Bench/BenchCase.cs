namespace IntegrationHub.Cli.Bench;

/// <summary>One measured case: messages per second, megabytes per second and bytes allocated per message.</summary>
public readonly record struct BenchCase(string Name, double MessagesPerSecond, double MegabytesPerSecond, double BytesPerMessage)
{
    public override string ToString() =>
        $"{Name}: {MessagesPerSecond:F0} msg/s, {MegabytesPerSecond:F1} MB/s, {BytesPerMessage:F0} B/msg";
}
