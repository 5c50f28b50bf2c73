namespace IntegrationHub.Records;

/// <summary>One page of matches (newest first), the total number of matches, and what _include/_revinclude added.</summary>
public sealed record SearchResult(int Total, IReadOnlyList<StoredResource> Matches, IReadOnlyList<StoredResource> Included);
