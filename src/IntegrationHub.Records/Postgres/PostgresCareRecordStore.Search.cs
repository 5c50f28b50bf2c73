using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Records.Postgres;

internal sealed partial class PostgresCareRecordStore
{
    /// <summary>Most resources one _revinclude may add to a page: a bound, so one page can never pull a whole database.</summary>
    private const int RevIncludeLimit = 1000;

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        // The filter is built once; the page and (past the last page) the count both use it with the same parameters.
        var where = new StringBuilder(" from fhir_resources r where r.resource_type = ");
        where.Append(Parameter(command, query.ResourceType)).Append(" and not r.deleted");
        foreach (var criterion in query.Criteria)
        {
            where.Append(" and (");
            for (var i = 0; i < criterion.Values.Count; i++)
            {
                if (i > 0)
                {
                    where.Append(" or ");
                }

                AppendCondition(where, command, criterion, criterion.Values[i]);
            }

            where.Append(')');
        }

        if (query.PracticeOds is not null)
        {
            where.Append(" and r.patient_id in (select id from record_patients where gp_ods = ").Append(Parameter(command, query.PracticeOds)).Append(')');
        }

        var filterParameters = command.Parameters.Count;
        command.CommandText = "select r.resource_type, r.id, r.version_id, r.last_updated, r.patient_id, r.deleted, r.resource::text, count(*) over ()"
            + where + " order by r.last_updated desc, r.id limit " + Parameter(command, query.Count) + " offset " + Parameter(command, query.Offset);

        var matches = new List<StoredResource>();
        var total = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                matches.Add(ReadRow(reader));
                total = (int)reader.GetInt64(7);
            }
        }

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

        var included = await IncludeAsync(connection, query, matches, cancellationToken);
        return new SearchResult(total, matches, included);
    }

    private static void AppendCondition(StringBuilder sql, NpgsqlCommand command, SearchCriterion criterion, SearchValue value)
    {
        switch (criterion.Kind)
        {
            case SearchParamKind.Id:
                sql.Append("r.id = ").Append(Parameter(command, value.Value));
                break;
            case SearchParamKind.Patient:
                sql.Append("r.patient_id = ").Append(Parameter(command, value.Value));
                break;
            case SearchParamKind.Token:
                sql.Append("exists (select 1 from search_token t where t.resource_type = r.resource_type and t.id = r.id and t.param = ")
                   .Append(Parameter(command, criterion.Param)).Append(" and t.code = ").Append(Parameter(command, value.Value));
                if (value.System is { Length: 0 })
                {
                    sql.Append(" and t.system is null");
                }
                else if (value.System is not null)
                {
                    sql.Append(" and t.system = ").Append(Parameter(command, value.System));
                }

                sql.Append(')');
                break;
            case SearchParamKind.String:
                // Prefix, case-insensitive (values are indexed lower case); LIKE metacharacters in the input are escaped.
                sql.Append("exists (select 1 from search_string s where s.resource_type = r.resource_type and s.id = r.id and s.param = ")
                   .Append(Parameter(command, criterion.Param)).Append(" and s.value like ")
                   .Append(Parameter(command, EscapeLike(value.Value) + "%")).Append(')');
                break;
            case SearchParamKind.Date:
                sql.Append("exists (select 1 from search_date d where d.resource_type = r.resource_type and d.id = r.id and d.param = ")
                   .Append(Parameter(command, criterion.Param)).Append(" and ");
                var low = Parameter(command, value.Low);
                var high = Parameter(command, value.High);
                sql.Append(value.Prefix switch
                {
                    "gt" => $"d.high > {high}",
                    "ge" => $"d.high > {low}",
                    "lt" => $"d.low < {low}",
                    "le" => $"d.low < {high}",
                    "ne" => $"not (d.low >= {low} and d.high <= {high})",
                    _ => $"d.low >= {low} and d.high <= {high}",
                }).Append(')');
                break;
            case SearchParamKind.Reference:
                sql.Append("exists (select 1 from search_reference x where x.resource_type = r.resource_type and x.id = r.id and x.param = ")
                   .Append(Parameter(command, criterion.Param)).Append(" and x.target = ").Append(Parameter(command, value.Value)).Append(')');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(criterion), criterion.Kind, "Unknown search parameter kind.");
        }
    }

    private async Task<List<StoredResource>> IncludeAsync(NpgsqlConnection connection, SearchQuery query, List<StoredResource> matches, CancellationToken cancellationToken)
    {
        var included = new List<StoredResource>();
        if (matches.Count == 0 || (query.Include.Count == 0 && query.RevInclude.Count == 0))
        {
            return included;
        }

        var seen = new HashSet<(string, string)>();
        foreach (var match in matches)
        {
            seen.Add((match.ResourceType, match.Id));
        }

        var ids = new string[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            ids[i] = matches[i].Id;
        }

        foreach (var include in query.Include)
        {
            var param = include[(include.IndexOf(':', StringComparison.Ordinal) + 1)..];
            await using var command = new NpgsqlCommand { Connection = connection };
            if (param is "patient" or "subject")
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
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            if (param is not ("patient" or "subject"))
            {
                command.Parameters.Add(Text(param));
            }

            AddUnseen(included, seen, await ReadAllAsync(command, cancellationToken));
        }

        foreach (var revInclude in query.RevInclude)
        {
            var colon = revInclude.IndexOf(':', StringComparison.Ordinal);
            var type = revInclude[..colon];
            var param = revInclude[(colon + 1)..];
            await using var command = new NpgsqlCommand { Connection = connection };
            if (param is "patient" or "subject")
            {
                command.CommandText = $"select {Columns} from fhir_resources where resource_type = $1 and patient_id = any($2) and not deleted order by last_updated desc limit {RevIncludeLimit}";
                command.Parameters.Add(Text(type));
                command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            }
            else
            {
                var targets = new string[ids.Length];
                for (var i = 0; i < ids.Length; i++)
                {
                    targets[i] = query.ResourceType + "/" + ids[i];
                }

                command.CommandText = $"""
                    select r.resource_type, r.id, r.version_id, r.last_updated, r.patient_id, r.deleted, r.resource::text
                    from search_reference x join fhir_resources r on r.resource_type = x.resource_type and r.id = x.id
                    where x.resource_type = $1 and x.param = $2 and x.target = any($3) and not r.deleted
                    order by r.last_updated desc limit {RevIncludeLimit}
                    """;
                command.Parameters.Add(Text(type));
                command.Parameters.Add(Text(param));
                command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = targets, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            }

            AddUnseen(included, seen, await ReadAllAsync(command, cancellationToken));
        }

        return included;
    }

    private static void AddUnseen(List<StoredResource> included, HashSet<(string, string)> seen, List<StoredResource> found)
    {
        foreach (var resource in found)
        {
            if (seen.Add((resource.ResourceType, resource.Id)))
            {
                included.Add(resource);
            }
        }
    }

    private static string Parameter<T>(NpgsqlCommand command, T value)
    {
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return "$" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string EscapeLike(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
