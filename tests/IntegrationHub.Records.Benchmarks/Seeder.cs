using System.Globalization;
using System.Text;
using IntegrationHub.Contracts;
using IntegrationHub.Fhir;
using IntegrationHub.Mapping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHub.Records.Benchmarks;

/// <summary>What the seed produced, for the report.</summary>
internal sealed record SeedResult(string PatientId, int Messages, long Resources, long Encounters, long MedicationRecords, long Lines, int Everything);

/// <summary>
/// Background patients are written in bulk by SQL (each with a Patient, two Encounters and two MedicationRequests,
/// their search rows and history), so the tables and indexes have production-like sizes in about a minute. The
/// measured patient is built only through real v2 messages, the mappings and ApplyAsync.
/// </summary>
internal static class Seeder
{
    private const string Bulk = """
        insert into record_patients (id, gp_ods) select 'bench-' || g, 'B' || lpad((g % 5000)::text, 5, '0') from generate_series(1, $1) g;
        insert into patient_identifiers (system, value, patient_id) select 'https://bench.nhs.uk/Id/mrn', 'MRN' || g, 'bench-' || g from generate_series(1, $1) g;
        insert into fhir_resources (resource_type, id, version_id, last_updated, event_time, patient_id, deleted, content_hash, resource)
        select 'Patient', 'bench-' || g, 1, now(), now(), 'bench-' || g, false, '\x'::bytea,
               jsonb_build_object('resourceType', 'Patient', 'id', 'bench-' || g, 'meta', jsonb_build_object('versionId', '1', 'lastUpdated', '2024-01-01T00:00:00Z'),
                   'identifier', jsonb_build_array(jsonb_build_object('system', 'https://bench.nhs.uk/Id/mrn', 'value', 'MRN' || g)),
                   'name', jsonb_build_array(jsonb_build_object('family', 'FAMILY' || (g % 1000), 'given', jsonb_build_array('GIVEN'))), 'birthDate', '1970-01-01')
        from generate_series(1, $1) g;
        insert into fhir_resources (resource_type, id, version_id, last_updated, event_time, patient_id, deleted, content_hash, resource)
        select 'Encounter', 'bench-e-' || g || '-' || k, 1, now(), now(), 'bench-' || g, false, '\x'::bytea,
               jsonb_build_object('resourceType', 'Encounter', 'id', 'bench-e-' || g || '-' || k, 'meta', jsonb_build_object('versionId', '1', 'lastUpdated', '2024-01-01T00:00:00Z'),
                   'status', 'finished', 'class', jsonb_build_object('system', 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code', 'IMP'),
                   'subject', jsonb_build_object('reference', 'Patient/bench-' || g), 'period', jsonb_build_object('start', '2023-01-0' || k || 'T10:00:00Z', 'end', '2023-01-0' || (k + 2) || 'T10:00:00Z'))
        from generate_series(1, $1) g, generate_series(1, 2) k;
        insert into fhir_resources (resource_type, id, version_id, last_updated, event_time, patient_id, deleted, content_hash, resource)
        select 'MedicationRequest', 'bench-m-' || g || '-' || k, 1, now(), now(), 'bench-' || g, false, '\x'::bytea,
               jsonb_build_object('resourceType', 'MedicationRequest', 'id', 'bench-m-' || g || '-' || k, 'meta', jsonb_build_object('versionId', '1', 'lastUpdated', '2024-01-01T00:00:00Z'),
                   'status', 'active', 'intent', 'order', 'subject', jsonb_build_object('reference', 'Patient/bench-' || g),
                   'medicationCodeableConcept', jsonb_build_object('coding', jsonb_build_array(jsonb_build_object('system', 'https://dmd.nhs.uk', 'code', (39720311000001101 + k)::text))))
        from generate_series(1, $1) g, generate_series(1, 2) k;
        insert into search_token (resource_type, id, param, system, code) select 'Patient', 'bench-' || g, 'identifier', 'https://bench.nhs.uk/Id/mrn', 'MRN' || g from generate_series(1, $1) g;
        insert into search_string (resource_type, id, param, value) select 'Patient', 'bench-' || g, 'family', 'family' || (g % 1000) from generate_series(1, $1) g;
        insert into search_token (resource_type, id, param, system, code) select 'Encounter', 'bench-e-' || g || '-' || k, 'status', null, 'finished' from generate_series(1, $1) g, generate_series(1, 2) k;
        insert into search_token (resource_type, id, param, system, code) select 'MedicationRequest', 'bench-m-' || g || '-' || k, 'status', null, 'active' from generate_series(1, $1) g, generate_series(1, 2) k;
        insert into fhir_history (resource_type, id, version_id, last_updated, deleted, message_id, resource)
        select resource_type, id, version_id, last_updated, false, null, resource from fhir_resources where id like 'bench-%';
        """;

    private static readonly DateTimeOffset T0 = new(2023, 1, 9, 9, 0, 0, TimeSpan.Zero);

    public static async Task<SeedResult> SeedAsync(string connectionString, int patients)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Postgres:ConnectionString"] = connectionString }).Build();
        var services = new ServiceCollection().AddLogging().AddCareRecord(configuration).BuildServiceProvider();
        await using var _ = services;
        var store = services.GetRequiredService<ICareRecordStore>();
        await store.MigrateAsync(CancellationToken.None);

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        // One statement at a time: positional parameters cannot be used in a multi-statement command.
        foreach (var statement in Bulk.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await using var command = dataSource.CreateCommand(statement.TrimEnd(';'));
            command.CommandTimeout = 0;
            if (statement.Contains("$1", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = patients });
            }

            await command.ExecuteNonQueryAsync();
        }

        var engine = MappingEngine.Load(Path.Combine(FindRepository(), "mappings"));
        var messages = 0;
        for (var e = 0; e < 50; e++)
        {
            var admitted = T0.AddDays(7 * e);
            await ApplyAsync(store, engine, Adt("A01", "BA" + e, admitted, "BV" + e, null), ref messages);
            await ApplyAsync(store, engine, Adt("A03", "BD" + e, admitted.AddDays(3), "BV" + e, admitted), ref messages);
        }

        for (var m = 0; m < 50; m++)
        {
            var at = T0.AddDays(7 * m).AddHours(4);
            await ApplyAsync(store, engine, Order("BR" + m, at, "BV" + m, m), ref messages);
            await ApplyAsync(store, engine, Dispense("BS" + m, at.AddHours(1), "BV" + m, m), ref messages);
        }

        await using (var analyze = dataSource.CreateCommand("analyze"))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        var patientId = await store.FindPatientAsync(FhirSystems.NhsNumber, NhsNumber, CancellationToken.None) ?? throw new InvalidOperationException("The measured patient was not stored.");
        var everything = await store.EverythingAsync(patientId, CancellationToken.None);
        var probe = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            await store.EverythingAsync(patientId, CancellationToken.None);
        }

        Console.WriteLine($"store $everything alone: {probe.Elapsed.TotalMilliseconds / 20:F1} ms average of 20");

        return new SeedResult(patientId, messages, await CountAsync(dataSource, "select count(*) from fhir_resources", null),
            await CountAsync(dataSource, "select count(*) from fhir_resources where resource_type = 'Encounter' and patient_id = $1", patientId),
            await CountAsync(dataSource, "select count(*) from fhir_resources where resource_type in ('MedicationRequest', 'MedicationDispense') and patient_id = $1", patientId),
            await CountAsync(dataSource, "select count(*) from fhir_resources where resource_type = 'MedicationStatement' and patient_id = $1 and not deleted", patientId),
            everything.Count);
    }

    private const string NhsNumber = "9434765919";
    private const string Pid = "PID|1||9434765919^^^NHS^NH~RXX1234567^^^RXX^MR||SMITH^JOHN^PAUL^^MR^^L||19650412|M|||1 HIGH STREET^FLAT 2^LEEDS^WEST YORKSHIRE^LS1 4AB^GBR^H||01134960000^PRN^PH|||M||||||||||||||||01";

    private static string Adt(string trigger, string control, DateTimeOffset at, string visit, DateTimeOffset? admitted)
    {
        var ts = Ts(at);
        var structure = trigger == "A03" ? "ADT_A03" : "ADT_A01";
        var times = admitted is { } a ? Ts(a) + "|" + ts : ts + "|";
        return $"MSH|^~\\&|PAS|RXX|HUB|RXX|{ts}||ADT^{trigger}^{structure}|{control}|P|2.4|||AL|NE||8859/1\r"
            + $"EVN|{trigger}|{ts}||||{ts}\r" + Pid + "\r"
            + "PD1|||THE LEEDS SURGERY^^B82001|G1234567^JONES^ALAN^^^DR\r"
            + $"PV1|1|I|WARD {at.Month}^BAY 2^BED 4^RXX||||2345678^PATEL^ANIL^^^DR^^^GMC|||300|||||||||{visit}^^^RXX^VN|||||||||||||||||{(admitted is null ? string.Empty : "01")}||||||||{times}";
    }

    // Three orders per message over 40 medicine concepts, so lines gather several sources each.
    private static string Order(string control, DateTimeOffset at, string visit, int m)
    {
        var ts = Ts(at);
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"MSH|^~\\&|EPMA|RXX|HUB|RXX|{ts}||RDE^O11^RDE_O11|{control}|P|2.5.1|||AL|NE||8859/1\r{Pid}\r");
        builder.Append(CultureInfo.InvariantCulture, $"PV1|1|I|WARD 5^BAY 2^BED 4^RXX||||2345678^PATEL^ANIL^^^DR^^^GMC|||300|||||||||{visit}^^^RXX^VN\r");
        for (var j = 0; j < 3; j++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"ORC|NW|BO{m}-{j}^EPMA|||||||{ts}|||2345678^PATEL^ANIL^^^DR^^^GMC\r");
            builder.Append(CultureInfo.InvariantCulture, $"RXE|^^^{ts}|{Concept((m * 3) + j)}^Medicine {((m * 3) + j) % 40}^DMD|1000||mg^milligram^UCUM||^Take ONE daily|||32|tablet\r");
            builder.Append("RXR|PO^Oral^HL70162\r");
        }

        return builder.ToString().TrimEnd('\r');
    }

    private static string Dispense(string control, DateTimeOffset at, string visit, int m)
    {
        var ts = Ts(at);
        return $"MSH|^~\\&|PHARM|RXX|HUB|RXX|{ts}||RDS^O13^RDS_O13|{control}|P|2.5.1|||AL|NE||8859/1\r{Pid}\r"
            + $"PV1|1|I|WARD 5^BAY 2^BED 4^RXX||||2345678^PATEL^ANIL^^^DR^^^GMC|||300|||||||||{visit}^^^RXX^VN\r"
            + $"ORC|RE|BO{m}-0^EPMA|||||||{ts}|||2345678^PATEL^ANIL^^^DR^^^GMC\r"
            + $"RXD|1|{Concept(m * 3)}^Medicine {(m * 3) % 40}^DMD|{ts}|32|tablet|||||PH123^WHITE^EMMA\rRXR|PO^Oral^HL70162";
    }

    private static string Concept(int index) => (39720311000001101L + (index % 40)).ToString(CultureInfo.InvariantCulture);

    private static Task ApplyAsync(ICareRecordStore store, MappingEngine engine, string message, ref int count)
    {
        var result = engine.Map(Encoding.UTF8.GetBytes(message));
        if (result.Bundle is null)
        {
            throw new InvalidOperationException("A benchmark message did not map: " + string.Join("; ", result.Issues));
        }

        count++;
        var fields = message[..message.IndexOf('\r', StringComparison.Ordinal)].Split('|');
        var at = DateTimeOffset.ParseExact(fields[6], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var patientEvent = new MedicationsChanged
        {
            MessageId = Guid.NewGuid(),
            PartitionKey = "bench",
            EventCode = result.EventCode,
            OccurredAt = at,
            SendingApplication = fields[2],
            SendingFacility = fields[3],
            ReceivedAt = at,
            Bundle = FhirJson.Serialize(result.Bundle),
        };
        return store.ApplyAsync(patientEvent, CancellationToken.None);
    }

    private static string Ts(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, string sql, string? parameter)
    {
        await using var command = dataSource.CreateCommand(sql);
        if (parameter is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = parameter });
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No folder holding IntegrationHub.sln above " + AppContext.BaseDirectory);
    }
}
