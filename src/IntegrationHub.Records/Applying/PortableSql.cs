namespace IntegrationHub.Records.Applying;

/// <summary>
/// Statements both stores run as they are: plain SQL with the upsert PostgreSQL and SQLite share, parameters as
/// <c>$n</c> (positional in PostgreSQL, named in SQLite), over tables both lay out the same way.
/// </summary>
internal static class PortableSql
{
    // Older evidence never replaces newer evidence from the same source (the event-time guard, per source).
    public const string UpsertMedicationSource = """
        insert into medication_lines (patient_id, concept, source_type, source_id, care_setting, organisation, prescriber, status,
                                      started, ended, event_time, code_system, display, dosage_text, discharge)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
        on conflict (patient_id, concept, source_type, source_id) do update set
            care_setting = excluded.care_setting, organisation = excluded.organisation, prescriber = excluded.prescriber,
            status = excluded.status, started = excluded.started, ended = excluded.ended, event_time = excluded.event_time,
            code_system = excluded.code_system, display = excluded.display, dosage_text = excluded.dosage_text, discharge = excluded.discharge
        where medication_lines.event_time <= excluded.event_time
        """;

    public const string SelectMedicationSources = """
        select patient_id, concept, source_type, source_id, care_setting, organisation, prescriber, status,
               started, ended, event_time, code_system, display, dosage_text, discharge
        from medication_lines where patient_id = $1 and concept = $2 order by event_time, source_type, source_id
        """;

    public const string SelectMedicationConcepts = "select distinct concept from medication_lines where patient_id = $1";

    // A merge: the retired record's evidence joins the survivor's ($1 retired, $2 survivor).
    public const string MoveMedicationLines = """
        insert into medication_lines (patient_id, concept, source_type, source_id, care_setting, organisation, prescriber, status,
                                      started, ended, event_time, code_system, display, dosage_text, discharge)
        select $2, concept, source_type, source_id, care_setting, organisation, prescriber, status,
               started, ended, event_time, code_system, display, dosage_text, discharge
        from medication_lines where patient_id = $1
        on conflict do nothing
        """;

    public const string DeleteMedicationLines = "delete from medication_lines where patient_id = $1";

    public const string RetireRecordPatient = """
        insert into record_patients (id, replaced_by) values ($1, $2)
        on conflict (id) do update set replaced_by = excluded.replaced_by
        """;

    // Records merged into the retired one earlier now lead straight to the survivor.
    public const string RedirectRetiredRecords = "update record_patients set replaced_by = $2 where replaced_by = $1";

    public const string MoveReferences = "update search_reference set target = $2 where target = $1";

    public const string MoveIdentifiers = "update patient_identifiers set patient_id = $2 where patient_id = $1";

    // The first NHS number a record gets stays; a newer GP registration replaces the older one, no registration keeps it.
    // Nearly every event repeats what the row says: it is then left alone, since an update that changes nothing still
    // writes a new row version, and a patient's versions pile up faster than vacuum clears them, slowing every lookup.
    public const string UpsertRecordPatient = """
        insert into record_patients (id, nhs_number, gp_ods) values ($1, $2, $3)
        on conflict (id) do update set nhs_number = coalesce(record_patients.nhs_number, excluded.nhs_number),
                                       gp_ods = coalesce(excluded.gp_ods, record_patients.gp_ods)
        where (record_patients.nhs_number is null and excluded.nhs_number is not null)
           or (excluded.gp_ods is not null and (record_patients.gp_ods is null or record_patients.gp_ods <> excluded.gp_ods))
        """;

    public const string SelectReplacedBy = "select replaced_by from record_patients where id = $1";

    public const string SelectPatientFacts = "select gp_ods, replaced_by from record_patients where id = $1";

    public const string FindPatientByIdentifier = "select patient_id from patient_identifiers where system = $1 and value = $2";

    public const string InsertAudit = """
        insert into audit_events (at, client, organisation, action, request, patient_id, resource_type, resource_id, status)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        """;

    // $everything's sources: c, the patient's current compartment; refs, the shared resources (practitioners,
    // organisations, locations) it references, from their _shared index rows. Each store selects from them.
    public const string EverythingSources = """
        with c as (
            select resource_type, id, version_id, last_updated, patient_id, deleted, resource
            from fhir_resources where patient_id = $1 and not deleted),
        refs as (
            select distinct x.target from search_reference x join c on x.resource_type = c.resource_type and x.id = c.id
            where x.param = '_shared')

        """;
}
