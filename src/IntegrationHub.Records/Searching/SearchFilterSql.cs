using System.Text;

namespace IntegrationHub.Records.Searching;

/// <summary>
/// The search filter as SQL over <c>fhir_resources r</c> and the search_* index tables, which both stores lay out
/// the same way. The dialects differ only in how a value becomes a parameter (a time is a timestamptz in
/// PostgreSQL and UTC ticks in SQLite), so the caller supplies that.
/// </summary>
internal static class SearchFilterSql
{
    /// <summary>The <c>from … where …</c> of a search: criteria ANDed, values of one criterion ORed, the practice scope last.</summary>
    /// <param name="query">The parsed search.</param>
    /// <param name="parameter">Adds a value as a parameter and returns its placeholder.</param>
    /// <param name="time">What a time is passed as.</param>
    public static string Build(SearchQuery query, Func<object, string> parameter, Func<DateTimeOffset, object> time)
    {
        var where = new StringBuilder(" from fhir_resources r where r.resource_type = ");
        where.Append(parameter(query.ResourceType)).Append(" and not r.deleted");
        foreach (var criterion in query.Criteria)
        {
            where.Append(" and (");
            for (var i = 0; i < criterion.Values.Count; i++)
            {
                if (i > 0)
                {
                    where.Append(" or ");
                }

                AppendCondition(where, criterion, criterion.Values[i], parameter, time);
            }

            where.Append(')');
        }

        if (query.PracticeOds is not null)
        {
            where.Append(" and r.patient_id in (select id from record_patients where gp_ods = ").Append(parameter(query.PracticeOds)).Append(')');
        }

        return where.ToString();
    }

    private static void AppendCondition(StringBuilder sql, SearchCriterion criterion, SearchValue value, Func<object, string> parameter, Func<DateTimeOffset, object> time)
    {
        switch (criterion.Kind)
        {
            case SearchParamKind.Id:
                sql.Append("r.id = ").Append(parameter(value.Value));
                break;
            case SearchParamKind.Patient:
                sql.Append("r.patient_id = ").Append(parameter(value.Value));
                break;
            case SearchParamKind.Token:
                sql.Append("exists (select 1 from search_token t where t.resource_type = r.resource_type and t.id = r.id and t.param = ")
                   .Append(parameter(criterion.Param)).Append(" and t.code = ").Append(parameter(value.Value));
                if (value.System is { Length: 0 })
                {
                    sql.Append(" and t.system is null");
                }
                else if (value.System is not null)
                {
                    sql.Append(" and t.system = ").Append(parameter(value.System));
                }

                sql.Append(')');
                break;
            case SearchParamKind.String:
                // Prefix, case-insensitive (values are indexed lower case); LIKE metacharacters in the input are escaped.
                sql.Append("exists (select 1 from search_string s where s.resource_type = r.resource_type and s.id = r.id and s.param = ")
                   .Append(parameter(criterion.Param)).Append(" and s.value like ")
                   .Append(parameter(EscapeLike(value.Value) + "%")).Append(" escape '\\')");
                break;
            case SearchParamKind.Date:
                sql.Append("exists (select 1 from search_date d where d.resource_type = r.resource_type and d.id = r.id and d.param = ")
                   .Append(parameter(criterion.Param)).Append(" and ");
                var low = parameter(time(value.Low));
                var high = parameter(time(value.High));
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
                   .Append(parameter(criterion.Param)).Append(" and x.target = ").Append(parameter(value.Value)).Append(')');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(criterion), criterion.Kind, "Unknown search parameter kind.");
        }
    }

    private static string EscapeLike(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
