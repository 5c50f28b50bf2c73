namespace IntegrationHub.Hl7;

/// <summary>
/// One problem found in a message: what (table 0357 code), how bad, where, and a human-readable message.
/// Each issue becomes one ERR segment in an ACK (see <see cref="AckWriter"/>).
/// </summary>
public readonly record struct Hl7Issue(Hl7ErrorCode Code, Hl7Severity Severity, Hl7Location Location, string Message)
{
    public override string ToString() => $"{Severity} {(int)Code} at {Location}: {Message}";
}
