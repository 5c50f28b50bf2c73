namespace IntegrationHub.Hl7;

/// <summary>The segment terminator a message used: the standard CR, or the LF / CRLF that files and some senders use.</summary>
public enum Hl7LineEnding
{
    Cr,
    Lf,
    CrLf,
}
