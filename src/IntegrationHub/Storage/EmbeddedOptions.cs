namespace IntegrationHub.Storage;

/// <summary>The embedded default: one SQLite file, for a single machine and for trying the hub out.</summary>
internal sealed class EmbeddedOptions
{
    public const string SectionName = "Embedded";

    public string DatabasePath { get; set; } = Path.Combine("data", "hub.db");
}
