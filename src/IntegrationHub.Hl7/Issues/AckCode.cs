namespace IntegrationHub.Hl7;

/// <summary>MSA-1 acknowledgment codes (HL7 table 0008): original mode A*, enhanced mode C*.</summary>
public enum AckCode
{
    AA,
    AE,
    AR,
    CA,
    CE,
    CR,
}
