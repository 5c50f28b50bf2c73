namespace IntegrationHub.Records.Indexing;

/// <summary>Which search table a value goes to.</summary>
internal enum IndexKind
{
    Token,
    String,
    Date,
    Reference,
}

/// <summary>
/// One indexed search value. Tokens keep system and code apart (<c>system|code</c> searches); strings are lower
/// case for case-insensitive prefix matching; dates are the instant range they cover; references are <c>Type/id</c>.
/// </summary>
internal readonly record struct IndexEntry(IndexKind Kind, string Param, string? System, string Value, DateTimeOffset Low = default, DateTimeOffset High = default);
