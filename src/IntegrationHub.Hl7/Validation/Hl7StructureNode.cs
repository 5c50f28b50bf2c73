namespace IntegrationHub.Hl7;

/// <summary>
/// One element of a message structure: a segment or a group of elements, optional or required, once or repeating.
/// Built from HL7's own notation by <see cref="Hl7MessageStructure"/>.
/// </summary>
public sealed class Hl7StructureNode
{
    internal Hl7StructureNode(string segment, bool required, bool repeating)
    {
        Segment = segment;
        PackedId = Hl7Path.Pack(segment);
        Required = required;
        Repeating = repeating;
        Children = [];
        First = [PackedId];
    }

    internal Hl7StructureNode(Hl7StructureNode[] children, bool required, bool repeating)
    {
        Segment = string.Empty;
        Children = children;
        Required = required;
        Repeating = repeating;
        First = FirstOf(children);
    }

    /// <summary>The segment id, or empty for a group.</summary>
    public string Segment { get; }

    /// <summary>The group's elements (empty for a segment).</summary>
    public IReadOnlyList<Hl7StructureNode> Children { get; }

    public bool Required { get; }

    public bool Repeating { get; }

    public bool IsGroup => Segment.Length == 0;

    internal int PackedId { get; }

    /// <summary>The packed ids a group can start with: its leading optional elements and its first required one.</summary>
    internal int[] First { get; }

    internal Hl7StructureNode With(bool required, bool repeating) => IsGroup
        ? new Hl7StructureNode((Hl7StructureNode[])Children, required, repeating)
        : new Hl7StructureNode(Segment, required, repeating);

    internal bool CanStartWith(int packedId) => Array.IndexOf(First, packedId) >= 0;

    /// <summary>The id a reader should expect first (for "missing" messages).</summary>
    internal string FirstSegment => IsGroup ? Children[0].FirstSegment : Segment;

    private static int[] FirstOf(Hl7StructureNode[] children)
    {
        var first = new List<int>();
        foreach (var child in children)
        {
            first.AddRange(child.First);
            if (child.Required)
            {
                break;
            }
        }

        return [.. first];
    }
}
