namespace IntegrationHub.Records;

/// <summary>
/// One read of patient data: who (subject and organisation claims of the token), what (the request and the
/// patient whose data was returned or refused), when and with what HTTP status.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Client,
    string? Organisation,
    string Action,
    string Request,
    string? PatientId,
    string? ResourceType,
    string? ResourceId,
    int Status);
