namespace IntegrationHub.Pipeline;

/// <summary>How partitions batch their work (<c>Pipeline:...</c>).</summary>
internal sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>The most messages a partition stores and maps in one transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How long a partition waits for a batch to fill after its first message. Under load batches fill at once;
    /// when quiet this is the added latency, so it stays a few milliseconds.
    /// </summary>
    public TimeSpan BatchWait { get; set; } = TimeSpan.FromMilliseconds(5);
}
