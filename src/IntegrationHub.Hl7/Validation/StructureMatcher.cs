namespace IntegrationHub.Hl7;

/// <summary>
/// Walks a message's segment ids against a structure, greedily and without backtracking (HL7 structures are
/// designed to be read that way). Segments left over once the structure is exhausted are unexpected or out of order.
/// </summary>
internal ref struct StructureMatcher
{
    private const int MaxUnexpected = 10;
    private readonly Hl7Message _message;
    private readonly ICollection<Hl7Issue> _issues;
    private readonly int _count;
    private int _position;

    /// <param name="message">A copy of the parsed message (its index is only read, never disposed here).</param>
    /// <param name="issues">Where issues go.</param>
    public StructureMatcher(Hl7Message message, ICollection<Hl7Issue> issues)
    {
        _message = message;
        _issues = issues;
        _count = message.SegmentCount;
    }

    public void MatchSequence(IReadOnlyList<Hl7StructureNode> nodes)
    {
        for (int i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            SkipLocalSegments();
            int matched = 0;
            while (_position < _count && (matched == 0 || node.Repeating))
            {
                int id = _message.PackedSegmentId(_position);
                if (!node.IsGroup)
                {
                    if (id != node.PackedId)
                    {
                        break;
                    }

                    _position++;
                }
                else
                {
                    if (!node.CanStartWith(id))
                    {
                        break;
                    }

                    int start = _position;
                    MatchSequence(node.Children);
                    if (_position == start)
                    {
                        break;
                    }
                }

                matched++;
                SkipLocalSegments();
            }

            if (matched == 0 && node.Required)
            {
                ReportMissing(node);
            }
        }
    }

    public void ReportRest()
    {
        int reported = 0;
        for (; _position < _count; _position++)
        {
            int id = _message.PackedSegmentId(_position);
            if (IsLocal(id))
            {
                continue;
            }

            if (reported++ == MaxUnexpected)
            {
                break;
            }

            string name = Name(id);
            _issues.Add(new Hl7Issue(Hl7ErrorCode.SegmentSequenceError, Hl7Severity.Error, Hl7Location.ForSegment(name, Occurrence(id, _position)),
                $"Segment {name} (segment {_position + 1} of the message) is unexpected or out of order"));
        }
    }

    private void SkipLocalSegments()
    {
        while (_position < _count && IsLocal(_message.PackedSegmentId(_position)))
        {
            _position++;
        }
    }

    private static bool IsLocal(int packedId) => (packedId >> 16) == 'Z';

    private readonly void ReportMissing(Hl7StructureNode node)
    {
        string where = _position < _count
            ? $"before segment {_position + 1} ({Name(_message.PackedSegmentId(_position))})"
            : "at the end of the message";
        string what = node.IsGroup ? $"Required group starting with {node.FirstSegment}" : $"Required segment {node.Segment}";
        _issues.Add(new Hl7Issue(Hl7ErrorCode.SegmentSequenceError, Hl7Severity.Error, Hl7Location.ForSegment(node.FirstSegment), $"{what} is missing {where}"));
    }

    private readonly int Occurrence(int id, int position)
    {
        int occurrence = 0;
        for (int i = 0; i <= position; i++)
        {
            if (_message.PackedSegmentId(i) == id)
            {
                occurrence++;
            }
        }

        return occurrence;
    }

    private static string Name(int packedId) =>
        packedId == 0 ? "?" : string.Create(3, packedId, static (span, id) =>
        {
            span[0] = (char)((id >> 16) & 0xFF);
            span[1] = (char)((id >> 8) & 0xFF);
            span[2] = (char)(id & 0xFF);
        });
}
