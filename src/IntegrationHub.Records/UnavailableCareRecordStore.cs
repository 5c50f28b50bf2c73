using IntegrationHub.Contracts;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Records;

/// <summary>
/// The care record when no PostgreSQL is configured (the embedded default, until its SQLite store is built):
/// events are acknowledged without effect (the record is a projection of the stored messages and can be rebuilt
/// later) and the API answers 503 with an OperationOutcome saying what to configure.
/// </summary>
internal sealed partial class UnavailableCareRecordStore(ILogger<UnavailableCareRecordStore> logger) : ICareRecordStore
{
    private int _warned;

    public Task MigrateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> ApplyAsync(PatientEvent patientEvent, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            LogUnavailable(logger);
        }

        return Task.FromResult(false);
    }

    public Task<StoredResource?> ReadAsync(string resourceType, string id, CancellationToken cancellationToken) => throw Unavailable();

    public Task<StoredResource?> ReadVersionAsync(string resourceType, string id, int versionId, CancellationToken cancellationToken) => throw Unavailable();

    public Task<IReadOnlyList<StoredResource>> HistoryAsync(string resourceType, string id, int count, CancellationToken cancellationToken) => throw Unavailable();

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => throw Unavailable();

    public Task<IReadOnlyList<StoredResource>> EverythingAsync(string patientId, CancellationToken cancellationToken) => throw Unavailable();

    public Task<string?> FindPatientAsync(string system, string value, CancellationToken cancellationToken) => throw Unavailable();

    public Task<PatientAccessFacts?> GetPatientFactsAsync(string patientId, CancellationToken cancellationToken) => throw Unavailable();

    public Task AuditAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken) => Task.CompletedTask;

    private static CareRecordUnavailableException Unavailable() => new();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared care record needs Postgres:ConnectionString; events are not applied to it in the embedded default")]
    private static partial void LogUnavailable(ILogger logger);
}

/// <summary>The store is not configured; the API turns this into 503.</summary>
public sealed class CareRecordUnavailableException() : Exception("The shared care record needs Postgres:ConnectionString (the embedded store is not available yet).");
