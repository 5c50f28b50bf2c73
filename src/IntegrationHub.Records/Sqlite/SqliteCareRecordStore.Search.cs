using IntegrationHub.Records.Applying;
using IntegrationHub.Records.Searching;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Records.Sqlite;

internal sealed partial class SqliteCareRecordStore
{
    // A reference target is Type/id: split it so the join is a primary-key lookup.
    private const string TargetIsRow = "r.resource_type = substr(x.target, 1, instr(x.target, '/') - 1) and r.id = substr(x.target, instr(x.target, '/') + 1)";

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(cancellationToken);

        // A deferred (read) transaction: the page, the count and the includes come from one snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = Command(connection, transaction, string.Empty);
        var where = SearchFilterSql.Build(query, value => Parameter(command, value), time => Ticks(time));
        var filterParameters = command.Parameters.Count;
        command.CommandText = "select r.resource_type, r.id, r.version_id, r.last_updated, r.patient_id, r.deleted, r.resource, count(*) over ()"
            + where + " order by r.last_updated desc, r.id limit " + Parameter(command, query.Count) + " offset " + Parameter(command, query.Offset);

        var (matches, total) = await StoredRows.ReadPageAsync(command, ReadRow, cancellationToken);

        if (matches.Count == 0 && query.Offset > 0)
        {
            // Past the last page the window count has no row to ride on: count on its own so the total stays right.
            await using var count = Command(connection, transaction, "select count(*)" + where);
            for (var i = 0; i < filterParameters; i++)
            {
                count.Parameters.AddWithValue(command.Parameters[i].ParameterName, command.Parameters[i].Value);
            }

            total = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        var included = IncludedResources.Wanted(query, matches) ? await IncludeAsync(transaction, query, matches, cancellationToken) : [];
        return new SearchResult(total, matches, included);
    }

    private static async Task<List<StoredResource>> IncludeAsync(SqliteTransaction transaction, SearchQuery query, List<StoredResource> matches, CancellationToken cancellationToken)
    {
        var includes = new IncludedResources(matches);
        var ids = JsonArray(includes.MatchIds);
        foreach (var include in query.Include)
        {
            var param = IncludedResources.IncludeParam(include);
            await using var command = IncludedResources.IsCompartment(param)
                ? Command(transaction, $"select {Columns} from fhir_resources where resource_type = 'Patient' and not deleted and id in (select patient_id from fhir_resources where resource_type = $1 and id in (select value from json_each($2)))", query.ResourceType, ids)
                : Command(transaction, $"""
                    select r.resource_type, r.id, r.version_id, r.last_updated, r.patient_id, r.deleted, r.resource
                    from search_reference x join fhir_resources r on {TargetIsRow}
                    where x.resource_type = $1 and x.id in (select value from json_each($2)) and x.param = $3 and not r.deleted
                    """, query.ResourceType, ids, param);
            includes.AddUnseen(await ReadAllAsync(command, cancellationToken));
        }

        foreach (var revInclude in query.RevInclude)
        {
            var (type, param) = IncludedResources.RevIncludeOf(revInclude);
            await using var command = IncludedResources.IsCompartment(param)
                ? Command(transaction, $"select {Columns} from fhir_resources where resource_type = $1 and patient_id in (select value from json_each($2)) and not deleted order by last_updated desc limit {IncludedResources.RevIncludeLimit}", type, ids)
                : Command(transaction, $"""
                    select r.resource_type, r.id, r.version_id, r.last_updated, r.patient_id, r.deleted, r.resource
                    from search_reference x join fhir_resources r on r.resource_type = x.resource_type and r.id = x.id
                    where x.resource_type = $1 and x.param = $2 and x.target in (select value from json_each($3)) and not r.deleted
                    order by r.last_updated desc limit {IncludedResources.RevIncludeLimit}
                    """, type, param, JsonArray(includes.MatchTargets(query.ResourceType)));
            includes.AddUnseen(await ReadAllAsync(command, cancellationToken));
        }

        return includes.Included;
    }
}
