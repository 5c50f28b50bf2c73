namespace IntegrationHub.Hl7;

/// <summary>ERR-4 severity (HL7 table 0516): written as E, W, I or F.</summary>
public enum Hl7Severity
{
    Error,
    Warning,
    Information,
    Fatal,
}
