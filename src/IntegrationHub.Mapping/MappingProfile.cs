namespace IntegrationHub.Mapping;

/// <summary>The compiled maps for one sender profile (or the defaults), by <c>MESSAGE^EVENT</c>.</summary>
internal sealed class MappingProfile(
    string name,
    IReadOnlyList<SenderMatch> senders,
    Dictionary<string, MessagePlan> messages,
    Vocabulary? encounterStatus,
    Vocabulary? verificationStatus,
    Vocabulary? codingSystems)
{
    public string Name { get; } = name;

    public IReadOnlyList<SenderMatch> Senders { get; } = senders;

    public IReadOnlyDictionary<string, MessagePlan> Messages { get; } = messages;

    /// <summary>Trigger event to Encounter.status (vocabulary/event-encounter-status.csv).</summary>
    public Vocabulary? EncounterStatus { get; } = encounterStatus;

    /// <summary>PID-32 codes to the UK Core NHS number verification status.</summary>
    public Vocabulary? VerificationStatus { get; } = verificationStatus;

    /// <summary>Coding system names (HL7 table 0396) to URIs, for values the rules read (OBX-5, OBX-6).</summary>
    public Vocabulary? CodingSystems { get; } = codingSystems;

    /// <summary>OBX-5 coded values as CodeableConcepts, with <see cref="CodingSystems"/>.</summary>
    public CodeableConceptReader? CodedValues { get; } = codingSystems is null ? null : new CodeableConceptReader(null, codingSystems);

    public bool Matches(string application, string facility)
    {
        foreach (var sender in Senders)
        {
            if (string.Equals(sender.Facility ? facility : application, sender.Value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
