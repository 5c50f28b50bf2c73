using IntegrationHub.Hl7;
using IntegrationHub.Mllp.Framing;
using IntegrationHub.Mllp.Server;

namespace IntegrationHub.Intake;

/// <summary>
/// What intake refuses outright (AR/CR): things no resend can fix. Everything else is accepted as sent and judged
/// by the pipeline, so a mapping problem never costs the sender its message.
/// </summary>
internal static class IntakeRules
{
    public static Hl7Issue? Refuse(MessageHeader header, in MllpRequest request)
    {
        if (request.Status == MllpFrameStatus.Oversize)
        {
            return new Hl7Issue(Hl7ErrorCode.ApplicationInternalError, Hl7Severity.Error, Hl7Location.ForSegment("MSH"),
                $"The message is larger than the hub's limit ({request.FrameBytes}+ bytes); it was not accepted.");
        }

        if (header.ControlId.Length == 0)
        {
            return new Hl7Issue(Hl7ErrorCode.RequiredFieldMissing, Hl7Severity.Error, new Hl7Location("MSH", 1, 10, 0, 0, 0),
                "MSH-10 (message control id) is empty; the hub cannot acknowledge or de-duplicate the message.");
        }

        if (header.MessageCode.Length == 0)
        {
            return new Hl7Issue(Hl7ErrorCode.RequiredFieldMissing, Hl7Severity.Error, new Hl7Location("MSH", 1, 9, 0, 1, 0),
                "MSH-9.1 (message code) is empty.");
        }

        if (header.Version.Length > 0 && !IsSupportedVersion(header.Version))
        {
            return new Hl7Issue(Hl7ErrorCode.UnsupportedVersionId, Hl7Severity.Error, new Hl7Location("MSH", 1, 12, 0, 0, 0),
                $"Version '{header.Version}' is not HL7 v2.1 to v2.8.");
        }

        if (header.ProcessingId.Length > 0 && header.ProcessingId is not ("P" or "T" or "D"))
        {
            return new Hl7Issue(Hl7ErrorCode.UnsupportedProcessingId, Hl7Severity.Error, new Hl7Location("MSH", 1, 11, 0, 0, 0),
                $"Processing id '{header.ProcessingId}' is not P, T or D.");
        }

        return null;
    }

    /// <summary>2.1 to 2.8 with any further parts (2.3.1, 2.5.1, 2.4.0, 2.8.2).</summary>
    private static bool IsSupportedVersion(string version) =>
        version.Length >= 3 && version[0] == '2' && version[1] == '.' && version[2] is >= '1' and <= '8'
        && (version.Length == 3 || version[3] == '.');
}
