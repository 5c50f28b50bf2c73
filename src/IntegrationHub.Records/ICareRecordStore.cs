namespace IntegrationHub.Records;

/// <summary>
/// Where the record lives: PostgreSQL in production, or one SQLite file in the embedded default (a single hub
/// process; scale-out needs PostgreSQL). Both behave the same. The FHIR API reads only through this interface
/// and never calls back into the pipeline.
/// </summary>
public interface ICareRecordStore : ICareRecord
{
    /// <summary>
    /// Creates or updates the schema (and, embedded, the file and its directory). Idempotent and safe when several
    /// hub instances (PostgreSQL) or store instances (SQLite) start at once.
    /// </summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>The current version, or null when the resource was never stored.</summary>
    Task<StoredResource?> ReadAsync(string resourceType, string id, CancellationToken cancellationToken);

    /// <summary>One version, or null when there is no such version.</summary>
    Task<StoredResource?> ReadVersionAsync(string resourceType, string id, int versionId, CancellationToken cancellationToken);

    /// <summary>Every version, newest first, at most <paramref name="count"/>.</summary>
    Task<IReadOnlyList<StoredResource>> HistoryAsync(string resourceType, string id, int count, CancellationToken cancellationToken);

    /// <summary>Runs a parsed search; <see cref="SearchResult.Total"/> counts all matches, not only the page.</summary>
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Every current resource in the patient's compartment, the Patient first, then the resources they reference.</summary>
    Task<IReadOnlyList<StoredResource>> EverythingAsync(string patientId, CancellationToken cancellationToken);

    /// <summary>The record an identifier (e.g. an NHS number) leads to, following merges; null when unknown.</summary>
    Task<string?> FindPatientAsync(string system, string value, CancellationToken cancellationToken);

    /// <summary>The registration facts access control needs: the GP practice and whether the record was merged away.</summary>
    Task<PatientAccessFacts?> GetPatientFactsAsync(string patientId, CancellationToken cancellationToken);

    /// <summary>Appends audit rows (who read what, when); written even when the read returned nothing.</summary>
    Task AuditAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken);
}
