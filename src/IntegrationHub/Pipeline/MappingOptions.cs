namespace IntegrationHub.Pipeline;

/// <summary>Where the v2 → FHIR mapping files are (<c>Mappings:Directory</c>).</summary>
internal sealed class MappingOptions
{
    public const string SectionName = "Mappings";

    /// <summary>Defaults to the <c>mappings</c> folder copied beside the hub's binaries at build time.</summary>
    public string Directory { get; set; } = Path.Combine(AppContext.BaseDirectory, "mappings");
}
