namespace IntegrationHub.Storage;

/// <summary>
/// How ops find messages: by sender, control id, type and time. Deliberately no search by patient: that belongs
/// to the clinical API with its access control, not to the integration console.
/// </summary>
internal sealed record MessageQuery(
    string? SendingApplication = null,
    string? SendingFacility = null,
    string? ControlId = null,
    string? MessageType = null,
    DateTimeOffset? Since = null,
    int Limit = 100);
