using Npgsql;

namespace IntegrationHub.Records.Postgres;

internal sealed partial class PostgresCareRecordStore
{
    // Any constant will do; it only has to be the same for every hub instance migrating this database and differ
    // from the message store's key, so the two migrations do not wait on each other.
    private const long MigrationLockKey = 0x4855_4252_4543;

    // fhir_resources: the current version of every resource (jsonb, meta included, served as stored).
    //   event_time: the clock of the event that last changed it (the event-time guard compares against it).
    //   patient_id: the patient compartment (the Patient itself, or whose subject/patient it is); null for shared
    //   resources (Organization, Practitioner, Location). content_hash: SHA-256 of the resource without meta, so
    //   an event that changes nothing makes no new version.
    // fhir_history: every version ever current, for vread and _history.
    // search_*: one row per indexed value, rebuilt whenever a resource gets a new version.
    // record_patients / patient_identifiers: the master patient index (NHS number and every local identifier).
    // applied_messages: the idempotency key of ApplyAsync, written in the same transaction as the effect.
    // medication_lines: the evidence of the prescribing view, one row per source per medicine concept; the
    // MedicationStatement lines and the List are rebuilt from it whenever a concept's evidence changes.
    // audit_events: one row per read of patient data.
    private const string Schema = """
        create table if not exists fhir_resources (
            resource_type  text not null,
            id             text not null,
            version_id     integer not null,
            last_updated   timestamptz not null,
            event_time     timestamptz not null,
            patient_id     text,
            deleted        boolean not null default false,
            content_hash   bytea not null,
            resource       jsonb not null,
            primary key (resource_type, id)
        );
        create index if not exists fhir_resources_patient on fhir_resources (patient_id, resource_type) where patient_id is not null;
        create table if not exists fhir_history (
            resource_type  text not null,
            id             text not null,
            version_id     integer not null,
            last_updated   timestamptz not null,
            deleted        boolean not null default false,
            message_id     uuid,
            resource       jsonb not null,
            primary key (resource_type, id, version_id)
        );
        create table if not exists search_token (
            resource_type text not null, id text not null, param text not null, system text, code text not null
        );
        create index if not exists search_token_value on search_token (resource_type, param, code, system);
        create index if not exists search_token_owner on search_token (resource_type, id);
        create table if not exists search_string (
            resource_type text not null, id text not null, param text not null, value text not null
        );
        create index if not exists search_string_value on search_string (resource_type, param, value text_pattern_ops);
        create index if not exists search_string_owner on search_string (resource_type, id);
        create table if not exists search_date (
            resource_type text not null, id text not null, param text not null, low timestamptz not null, high timestamptz not null
        );
        create index if not exists search_date_value on search_date (resource_type, param, low, high);
        create index if not exists search_date_owner on search_date (resource_type, id);
        create table if not exists search_reference (
            resource_type text not null, id text not null, param text not null, target text not null
        );
        create index if not exists search_reference_value on search_reference (resource_type, param, target);
        create index if not exists search_reference_owner on search_reference (resource_type, id);
        create table if not exists record_patients (
            id            text primary key,
            nhs_number    text unique,
            gp_ods        text,
            replaced_by   text,
            created_at    timestamptz not null default now()
        );
        create index if not exists record_patients_gp on record_patients (gp_ods);
        create table if not exists patient_identifiers (
            system      text not null,
            value       text not null,
            patient_id  text not null,
            primary key (system, value)
        );
        create index if not exists patient_identifiers_patient on patient_identifiers (patient_id);
        create table if not exists applied_messages (
            message_id   uuid primary key,
            event_code   text not null,
            patient_id   text,
            applied_at   timestamptz not null default now()
        );
        create table if not exists medication_lines (
            patient_id      text not null,
            concept         text not null,
            source_type     text not null,
            source_id       text not null,
            care_setting    text not null,
            organisation    text,
            prescriber      text,
            status          text not null,
            started         timestamptz,
            ended           timestamptz,
            event_time      timestamptz not null,
            code_system     text,
            display         text,
            dosage_text     text,
            discharge       boolean not null default false,
            primary key (patient_id, concept, source_type, source_id)
        );
        create index if not exists medication_lines_source on medication_lines (source_type, source_id);
        create table if not exists audit_events (
            seq            bigint generated always as identity primary key,
            at             timestamptz not null,
            client         text not null,
            organisation   text,
            action         text not null,
            request        text not null,
            patient_id     text,
            resource_type  text,
            resource_id    text,
            status         integer not null
        );
        create index if not exists audit_events_patient on audit_events (patient_id, at);
        """;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"select pg_advisory_xact_lock({MigrationLockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = new NpgsqlCommand(Schema, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
