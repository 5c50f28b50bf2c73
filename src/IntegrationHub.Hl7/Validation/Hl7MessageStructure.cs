namespace IntegrationHub.Hl7;

/// <summary>
/// Segment order and grouping of a message structure (HL7 v2.5.1 abstract message syntax, relaxed where v2.3–2.4
/// senders legitimately differ), for the structures the hub maps. Validation turns a missing required segment or an
/// unexpected one into issues (code 100, location, severity) for ERR segments; it never throws and allocates only
/// when it reports. Z-segments are allowed anywhere.
/// </summary>
public sealed partial class Hl7MessageStructure
{
    private readonly Hl7StructureNode[] _nodes;

    private Hl7MessageStructure(string name, string definition)
    {
        Name = name;
        Definition = definition;
        _nodes = Hl7StructureNotation.Parse(definition);
    }

    /// <summary>The structure id as in MSH-9.3, e.g. ADT_A01.</summary>
    public string Name { get; }

    /// <summary>The structure in HL7 notation: <c>[ ]</c> optional, <c>{ }</c> repeating.</summary>
    public string Definition { get; }

    /// <summary>The top-level elements.</summary>
    public IReadOnlyList<Hl7StructureNode> Elements => _nodes;

    /// <summary>The structures known to the hub, by name.</summary>
    public static IReadOnlyDictionary<string, Hl7MessageStructure> All => Known;

    /// <summary>Finds a structure by name (e.g. <c>ADT_A01</c>).</summary>
    public static bool TryGet(string name, out Hl7MessageStructure? structure) => Known.TryGetValue(name, out structure);

    /// <summary>
    /// The structure for a message type: MSH-9.3 when sent and known, else the structure HL7 assigns to
    /// MSH-9.1/9.2 (e.g. ADT^A08 → ADT_A01). Null when the hub has no structure for it.
    /// </summary>
    public static Hl7MessageStructure? For(string messageCode, string triggerEvent, string? messageStructure = null)
    {
        if (!string.IsNullOrEmpty(messageStructure) && Known.TryGetValue(messageStructure, out var named))
        {
            return named;
        }

        return ByEvent.TryGetValue(messageCode + "^" + triggerEvent, out string? name) ? Known[name] : null;
    }

    /// <summary>
    /// Checks the segment order of <paramref name="message"/>, adding an issue to <paramref name="issues"/> per
    /// missing required segment or group and per unexpected segment. Returns the number of issues added.
    /// </summary>
    public int Validate(scoped in Hl7Message message, ICollection<Hl7Issue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        int before = issues.Count;
        var matcher = new StructureMatcher(message, issues);
        matcher.MatchSequence(_nodes);
        matcher.ReportRest();
        return issues.Count - before;
    }
}
