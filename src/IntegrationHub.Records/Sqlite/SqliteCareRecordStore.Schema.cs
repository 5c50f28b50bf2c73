namespace IntegrationHub.Records.Sqlite;

internal sealed partial class SqliteCareRecordStore
{
    // The PostgreSQL store's tables (see PostgresCareRecordStore.Schema.cs for what each holds) in SQLite's types:
    // times are UTC ticks (integer), booleans 0/1, resources JSON text (read with json_extract), hashes blobs.
    private const string Schema = """
        create table if not exists fhir_resources (
            resource_type  text not null,
            id             text not null,
            version_id     integer not null,
            last_updated   integer not null,
            event_time     integer not null,
            patient_id     text,
            deleted        integer not null default 0,
            content_hash   blob not null,
            resource       text not null,
            primary key (resource_type, id)
        ) without rowid;
        create index if not exists fhir_resources_patient on fhir_resources (patient_id, resource_type) where patient_id is not null;
        create index if not exists fhir_resources_updated on fhir_resources (resource_type, last_updated);
        create table if not exists fhir_history (
            resource_type  text not null,
            id             text not null,
            version_id     integer not null,
            last_updated   integer not null,
            deleted        integer not null default 0,
            message_id     text,
            resource       text not null,
            primary key (resource_type, id, version_id)
        ) without rowid;
        create table if not exists search_token (resource_type text not null, id text not null, param text not null, system text, code text not null);
        create index if not exists search_token_value on search_token (resource_type, param, code, system);
        create index if not exists search_token_owner on search_token (resource_type, id);
        create table if not exists search_string (resource_type text not null, id text not null, param text not null, value text not null);
        create index if not exists search_string_value on search_string (resource_type, param, value);
        create index if not exists search_string_owner on search_string (resource_type, id);
        create table if not exists search_date (resource_type text not null, id text not null, param text not null, low integer not null, high integer not null);
        create index if not exists search_date_value on search_date (resource_type, param, low, high);
        create index if not exists search_date_owner on search_date (resource_type, id);
        create table if not exists search_reference (resource_type text not null, id text not null, param text not null, target text not null);
        create index if not exists search_reference_value on search_reference (resource_type, param, target);
        create index if not exists search_reference_target on search_reference (target);
        create index if not exists search_reference_owner on search_reference (resource_type, id);
        create table if not exists record_patients (
            id text primary key, nhs_number text unique, gp_ods text, replaced_by text, created_at text not null default current_timestamp
        );
        create index if not exists record_patients_gp on record_patients (gp_ods);
        create index if not exists record_patients_replaced on record_patients (replaced_by);
        create table if not exists patient_identifiers (system text not null, value text not null, patient_id text not null, primary key (system, value)) without rowid;
        create index if not exists patient_identifiers_patient on patient_identifiers (patient_id);
        create table if not exists applied_messages (
            message_id text primary key, event_code text not null, patient_id text, applied_at text not null default current_timestamp
        );
        create table if not exists medication_lines (
            patient_id text not null, concept text not null, source_type text not null, source_id text not null,
            care_setting text not null, organisation text, prescriber text, status text not null,
            started integer, ended integer, event_time integer not null,
            code_system text, display text, dosage_text text, discharge integer not null default 0,
            primary key (patient_id, concept, source_type, source_id)
        ) without rowid;
        create index if not exists medication_lines_source on medication_lines (source_type, source_id);
        create table if not exists audit_events (
            seq integer primary key autoincrement, at integer not null, client text not null, organisation text, action text not null,
            request text not null, patient_id text, resource_type text, resource_id text, status integer not null
        );
        create index if not exists audit_events_patient on audit_events (patient_id, at);
        """;

    /// <summary>
    /// Creates the directory, the file and the tables. Idempotent: every statement is <c>if not exists</c>, and the
    /// schema is written as one writer (two instances in one process, or a second process, wait their turn).
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(databasePath)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);

            // WAL: readers (the API) never wait for the writer, and the writer never waits for them. The mode is
            // stored in the file; it cannot change inside a transaction, so it comes first.
            await using (var wal = Command(connection, null, "pragma journal_mode = wal"))
            {
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var transaction = connection.BeginTransaction(deferred: false);
            await using (var command = Command(transaction, Schema))
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
