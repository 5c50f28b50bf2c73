using IntegrationHub.Fhir;
using Npgsql;

namespace IntegrationHub.Records.Postgres;

internal sealed partial class PostgresCareRecordStore
{
    private static Task UpdatePrescribingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Resource> resources, ApplyContext context, CancellationToken cancellationToken)
    {
        _ = connection;
        _ = transaction;
        _ = resources;
        _ = context;
        _ = cancellationToken;
        return Task.CompletedTask;
    }
}
