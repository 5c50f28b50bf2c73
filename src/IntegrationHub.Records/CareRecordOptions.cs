namespace IntegrationHub.Records;

/// <summary>
/// The FHIR API (section <c>Fhir</c>); the store itself uses the host's <c>Postgres:ConnectionString</c>, or
/// without it the embedded SQLite file (<see cref="CareRecordServiceCollectionExtensions.EmbeddedCareRecordPath"/>).
/// </summary>
public sealed class CareRecordOptions
{
    public const string SectionName = "Fhir";

    /// <summary>Page size when a search has no <c>_count</c>.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Largest <c>_count</c> honoured; larger requests are cut to this (and say so in the self link).</summary>
    public int MaxPageSize { get; set; } = 500;

    /// <summary>
    /// Absolute base of the API as clients see it (e.g. behind a proxy), for fullUrl and paging links; unset means
    /// the request's own scheme, host and path base.
    /// </summary>
    public string? BaseUrl { get; set; }

    public FhirAuthOptions Auth { get; set; } = new();
}
