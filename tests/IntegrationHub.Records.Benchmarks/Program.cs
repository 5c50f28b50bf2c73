using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Records.Benchmarks;
using IntegrationHub.Testing;

// Seeds a care record with N background patients (bulk SQL, realistic table sizes) and one patient built the
// honest way (v2 messages through the mappings and ApplyAsync): 50 encounters and 200 medication records. Then
// measures the FHIR API over HTTP (Kestrel, JWT checked, audit written): Patient/{id}/$everything and the
// prescribing list (MedicationStatement search and the List).
var patients = Option(args, "--patients", 100_000);
var requests = Option(args, "--requests", 500);
var connection = Environment.GetEnvironmentVariable(TestServices.PostgresVariable);
await using var server = connection is null ? new PostgresServer() : PostgresServer.External(connection);
await server.StartAsync();
var database = await server.CreateDatabaseAsync("records_bench");

var clock = Stopwatch.StartNew();
var seeded = await Seeder.SeedAsync(database, patients);
Console.WriteLine($"seeded {patients:N0} background patients and the measured patient ({seeded.Messages} v2 messages applied) in {clock.Elapsed.TotalSeconds:F1} s");
Console.WriteLine($"store: {seeded.Resources:N0} resources; measured patient: {seeded.Encounters} encounters, {seeded.MedicationRecords} medication records, {seeded.Lines} prescribing lines, $everything {seeded.Everything} resources");

await using var api = await Api.StartAsync(database);
await Api.MeasureAsync(api, $"/fhir/Patient/{seeded.PatientId}/$everything", requests);
await Api.MeasureAsync(api, $"/fhir/MedicationStatement?patient={seeded.PatientId}&_count=500", requests);
await Api.MeasureAsync(api, $"/fhir/List?patient={seeded.PatientId}", requests);
await Api.MeasureAsync(api, $"/fhir/Patient/{seeded.PatientId}", requests);

static int Option(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
