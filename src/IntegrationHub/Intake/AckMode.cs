using IntegrationHub.Hl7;

namespace IntegrationHub.Intake;

/// <summary>
/// The HL7 acknowledgement rules (v2.x chapter 2): original mode (AA/AE/AR, always answered) when MSH-15 and
/// MSH-16 are both empty; enhanced mode otherwise, where intake sends the accept (commit) ACK CA/CE/CR as MSH-15
/// asks: AL always (also when empty), NE never, SU only on success, ER only on error or reject.
/// </summary>
internal readonly struct AckMode
{
    private readonly string _acceptAckType;

    private AckMode(bool enhanced, string acceptAckType)
    {
        IsEnhanced = enhanced;
        _acceptAckType = acceptAckType;
    }

    public bool IsEnhanced { get; }

    /// <summary>Original mode: what intake uses when it cannot read the MSH at all.</summary>
    public static AckMode Original => new(enhanced: false, acceptAckType: string.Empty);

    public static AckMode For(MessageHeader header)
    {
        // Senders pad with spaces ("| |"); a blank field is an empty one.
        var accept = header.AcceptAckType.Trim();
        var application = header.ApplicationAckType.Trim();
        return accept.Length == 0 && application.Length == 0
            ? Original
            : new AckMode(enhanced: true, accept.ToUpperInvariant());
    }

    public AckCode CodeFor(IntakeOutcome outcome) => (outcome, IsEnhanced) switch
    {
        (IntakeOutcome.Accepted, false) => AckCode.AA,
        (IntakeOutcome.Error, false) => AckCode.AE,
        (IntakeOutcome.Rejected, false) => AckCode.AR,
        (IntakeOutcome.Accepted, true) => AckCode.CA,
        (IntakeOutcome.Error, true) => AckCode.CE,
        _ => AckCode.CR,
    };

    /// <summary>Whether the sender asked for an acknowledgement of this outcome.</summary>
    public bool Answers(IntakeOutcome outcome)
    {
        if (!IsEnhanced)
        {
            return true;
        }

        return _acceptAckType switch
        {
            "NE" => false,
            "SU" => outcome == IntakeOutcome.Accepted,
            "ER" => outcome != IntakeOutcome.Accepted,
            _ => true,
        };
    }
}
