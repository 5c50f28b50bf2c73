namespace IntegrationHub.Records;

/// <summary>
/// A parsed FHIR search: criteria are ANDed, the values of one criterion ORed (a comma in the URL). Built by the
/// API from the query string after checking every parameter against <see cref="SearchParameters"/>.
/// </summary>
public sealed class SearchQuery
{
    public required string ResourceType { get; init; }

    public List<SearchCriterion> Criteria { get; } = [];

    /// <summary>Page size (<c>_count</c>).</summary>
    public int Count { get; init; } = 20;

    /// <summary>Matches to skip (the page offset carried in next links).</summary>
    public int Offset { get; init; }

    /// <summary>
    /// An organisation-scoped caller: only resources in the compartments of patients registered with this GP
    /// practice (ODS code) match, applied in SQL so paging and totals are right.
    /// </summary>
    public string? PracticeOds { get; init; }

    /// <summary><c>_include</c> values as <c>Type:param</c>.</summary>
    public List<string> Include { get; } = [];

    /// <summary><c>_revinclude</c> values as <c>Type:param</c>.</summary>
    public List<string> RevInclude { get; } = [];
}

/// <summary>One search parameter with its values (any may match).</summary>
public sealed record SearchCriterion(string Param, SearchParamKind Kind, IReadOnlyList<SearchValue> Values);

/// <summary>
/// One value: a token (<see cref="System"/> null means any system, empty means none), a lower-case string prefix,
/// a reference (<c>Type/id</c>), or a date range with its comparison prefix (eq, ne, gt, lt, ge, le).
/// </summary>
public readonly record struct SearchValue(string? System, string Value, string Prefix = "eq", DateTimeOffset Low = default, DateTimeOffset High = default);

/// <summary>Where a parameter is looked up.</summary>
public enum SearchParamKind
{
    Id,
    Patient,
    Token,
    String,
    Date,
    Reference,
}
