using IntegrationHub.Records.Applying;
using IntegrationHub.Records.Searching;
using Npgsql;

namespace IntegrationHub.Records.Postgres;

internal sealed partial class PostgresCareRecordStore
{
    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        // The filter is built once; the page and (past the last page) the count both use it with the same parameters.
        var where = SearchFilterSql.Build(query, value => Parameter(command, value), time => time);
        var filterParameters = command.Parameters.Count;
        command.CommandText = "select r.resource_type, r.id, r.version_id, r.last_updated, r.patient_id, r.deleted, r.resource::text, count(*) over ()"
            + where + " order by r.last_updated desc, r.id limit " + Parameter(command, query.Count) + " offset " + Parameter(command, query.Offset);

        var (matches, total) = await StoredRows.ReadPageAsync(command, ReadRow, cancellationToken);

        if (matches.Count == 0 && query.Offset > 0)
        {
            // Past the last page the window count has no row to ride on: count on its own so the total stays right.
            await using var count = new NpgsqlCommand("select count(*)" + where, connection);
            for (var i = 0; i < filterParameters; i++)
            {
                count.Parameters.Add(command.Parameters[i].Clone());
            }

            total = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        var included = IncludedResources.Wanted(query, matches) ? await IncludeAsync(connection, query, matches, cancellationToken) : [];
        return new SearchResult(total, matches, included);
    }

    private static async Task<List<StoredResource>> IncludeAsync(NpgsqlConnection connection, SearchQuery query, List<StoredResource> matches, CancellationToken cancellationToken)
    {
        var includes = new IncludedResources(matches);
        var ids = includes.MatchIds;
        foreach (var include in query.Include)
        {
            var param = IncludedResources.IncludeParam(include);
            await using var command = new NpgsqlCommand { Connection = connection };
            if (IncludedResources.IsCompartment(param))
            {
                command.CommandText = $"select {Columns} from fhir_resources where resource_type = 'Patient' and not deleted and id in (select patient_id from fhir_resources where resource_type = $1 and id = any($2))";
            }
            else
            {
                command.CommandText = $"""
                    select r.resource_type, r.id, r.version_id, r.last_updated, r.patient_id, r.deleted, r.resource::text
                    from search_reference x join fhir_resources r on x.target = r.resource_type || '/' || r.id
                    where x.resource_type = $1 and x.id = any($2) and x.param = $3 and not r.deleted
                    """;
            }

            command.Parameters.Add(Text(query.ResourceType));
            command.Parameters.Add(TextArray(ids));
            if (!IncludedResources.IsCompartment(param))
            {
                command.Parameters.Add(Text(param));
            }

            includes.AddUnseen(await ReadAllAsync(command, cancellationToken));
        }

        foreach (var revInclude in query.RevInclude)
        {
            var (type, param) = IncludedResources.RevIncludeOf(revInclude);
            await using var command = new NpgsqlCommand { Connection = connection };
            if (IncludedResources.IsCompartment(param))
            {
                command.CommandText = $"select {Columns} from fhir_resources where resource_type = $1 and patient_id = any($2) and not deleted order by last_updated desc limit {IncludedResources.RevIncludeLimit}";
                command.Parameters.Add(Text(type));
                command.Parameters.Add(TextArray(ids));
            }
            else
            {
                command.CommandText = $"""
                    select r.resource_type, r.id, r.version_id, r.last_updated, r.patient_id, r.deleted, r.resource::text
                    from search_reference x join fhir_resources r on r.resource_type = x.resource_type and r.id = x.id
                    where x.resource_type = $1 and x.param = $2 and x.target = any($3) and not r.deleted
                    order by r.last_updated desc limit {IncludedResources.RevIncludeLimit}
                    """;
                command.Parameters.Add(Text(type));
                command.Parameters.Add(Text(param));
                command.Parameters.Add(TextArray(includes.MatchTargets(query.ResourceType)));
            }

            includes.AddUnseen(await ReadAllAsync(command, cancellationToken));
        }

        return includes.Included;
    }

    /// <summary>Adds a parameter (its type inferred from the value: text, integer, timestamptz) and returns its placeholder.</summary>
    private static string Parameter(NpgsqlCommand command, object value)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        return "$" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
