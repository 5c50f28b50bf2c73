namespace IntegrationHub.Records;

/// <summary>
/// One stored version of a resource. <see cref="Json"/> is the resource as stored (meta included), ready to be
/// written into a response as is, so reads never parse it.
/// </summary>
public sealed record StoredResource(
    string ResourceType,
    string Id,
    int VersionId,
    DateTimeOffset LastUpdated,
    string? PatientId,
    bool Deleted,
    string Json);
