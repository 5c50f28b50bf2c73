using System.Data.Common;
using IntegrationHub.Fhir;
using IntegrationHub.Records.Prescribing;

namespace IntegrationHub.Records.Applying;

/// <summary>
/// Reading rows the two stores select alike (same columns, same order); only a time column reads differently
/// (timestamptz in PostgreSQL, UTC ticks in SQLite), so the caller passes how.
/// </summary>
internal static class StoredRows
{
    /// <summary>Every row of <paramref name="command"/> as a stored resource.</summary>
    public static async Task<List<StoredResource>> ReadAllAsync(DbCommand command, Func<DbDataReader, StoredResource> readRow, CancellationToken cancellationToken)
    {
        var list = new List<StoredResource>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(readRow(reader));
        }

        return list;
    }

    /// <summary>A search page: the resources and the window count (<c>count(*) over ()</c>) in the column after them.</summary>
    public static async Task<(List<StoredResource> Matches, int Total)> ReadPageAsync(DbCommand command, Func<DbDataReader, StoredResource> readRow, CancellationToken cancellationToken)
    {
        var matches = new List<StoredResource>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            matches.Add(readRow(reader));
            total = (int)reader.GetInt64(7);
        }

        return (matches, total);
    }

    /// <summary>The rows of <see cref="PortableSql.SelectMedicationSources"/>.</summary>
    public static async Task<List<MedicationSource>> ReadSourcesAsync(DbCommand command, Func<DbDataReader, int, DateTimeOffset> readTime, CancellationToken cancellationToken)
    {
        var sources = new List<MedicationSource>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sources.Add(new MedicationSource(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                PrescribingEvidence.ParseSetting(reader.GetString(4)),
                NullableString(reader, 5),
                NullableString(reader, 6),
                FhirCode.Parse<MedicationStatementStatus>(reader.GetString(7)),
                reader.IsDBNull(8) ? null : readTime(reader, 8),
                reader.IsDBNull(9) ? null : readTime(reader, 9),
                readTime(reader, 10),
                NullableString(reader, 11),
                NullableString(reader, 12),
                NullableString(reader, 13),
                reader.GetBoolean(14)));
        }

        return sources;
    }

    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
