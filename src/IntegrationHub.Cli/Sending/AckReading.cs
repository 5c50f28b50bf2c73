using IntegrationHub.Hl7;

namespace IntegrationHub.Cli.Sending;

/// <summary>Reads MSA-1 (the code) and MSA-2 (the control id it acknowledges) from an ACK.</summary>
internal static class AckReading
{
    public static bool TryRead(ReadOnlySpan<byte> ack, out string code, out string acknowledgedId)
    {
        code = acknowledgedId = string.Empty;
        using var message = Hl7Message.Parse(ack);
        if (!message.TryGetSegment("MSA"u8, out var msa))
        {
            return false;
        }

        code = msa.Field(1).ToString();
        acknowledgedId = msa.Field(2).ToString();
        return code.Length > 0;
    }

    /// <summary>MSH-10 of a message being sent, to check MSA-2 against.</summary>
    public static string ControlIdOf(ReadOnlySpan<byte> message) =>
        MessageHeader.TryRead(message, out var header, out _) ? header!.ControlId : string.Empty;

    /// <summary>Which answers the receiver owes this message, by MSH-15 (enhanced mode) or original mode.</summary>
    public static AckExpectation ExpectationOf(ReadOnlySpan<byte> message)
    {
        if (!MessageHeader.TryRead(message, out var header, out _))
        {
            return AckExpectation.Always;
        }

        var accept = header!.AcceptAckType.Trim();
        if (accept.Length == 0 && header.ApplicationAckType.Trim().Length == 0)
        {
            return AckExpectation.Always;
        }

        return accept.ToUpperInvariant() switch
        {
            "NE" => AckExpectation.Never,
            "ER" => AckExpectation.OnlyOnError,
            "SU" => AckExpectation.OnlyOnSuccess,
            _ => AckExpectation.Always,
        };
    }
}
