using System.Buffers;

namespace IntegrationHub.Hl7;

/// <summary>
/// An indexed HL7 v2 message (or batch) over a caller-owned buffer. <see cref="Parse"/> finds segment boundaries
/// once (a vectorised scan) into a pooled index; fields are located lazily, only when asked for, so unused fields
/// cost nothing. Nothing is allocated per message in steady state unless the message has issues or a caller
/// asks for a string.
/// <para>Lifetime: spans and elements returned by this type point into the caller's buffer and stay valid as long as
/// that buffer is unchanged — the message need not be alive. The segment index and issues belong to the message:
/// call <see cref="Dispose"/> exactly once (a <c>using</c>) to return the index to the pool; after that,
/// <see cref="Segment"/> and friends must not be called. Pass the message on by <c>in</c>/<c>scoped in</c>
/// rather than by copy, and never dispose a copy: two disposals would return the same array to the pool twice.</para>
/// <para>Thread safety: each parse owns its index, so any number of threads may parse at once.</para>
/// </summary>
public ref partial struct Hl7Message
{
    private const int Slots = 3;
    private const int MaxIssues = 100;
    private readonly ReadOnlySpan<byte> _data;
    private int[]? _index;
    private int _segmentCount;
    private Hl7Issue[]? _issues;
    private int _issueCount;

    private Hl7Message(ReadOnlySpan<byte> data)
    {
        _data = data;
        _index = null;
        _issues = null;
        Delimiters = Hl7Delimiters.Default;
    }

    /// <summary>The delimiters declared in MSH-1/MSH-2 (the defaults when there was no readable header).</summary>
    public Hl7Delimiters Delimiters { get; private set; }

    /// <summary>The character set named by MSH-18.</summary>
    public Hl7Charset Charset { get; private set; }

    /// <summary>MSH-12.1 as parsed; default when missing or unreadable (an issue says which).</summary>
    public Hl7Version Version { get; private set; }

    /// <summary>The terminator after the first segment.</summary>
    public Hl7LineEnding SegmentTerminator { get; private set; }

    /// <summary>The buffer began with a UTF-8 byte-order mark (skipped).</summary>
    public bool HasByteOrderMark { get; private set; }

    /// <summary>The last segment was followed by a terminator.</summary>
    public bool EndsWithTerminator { get; private set; }

    /// <summary>The number of (non-empty) segments.</summary>
    public readonly int SegmentCount => _segmentCount;

    /// <summary>The whole buffer the message was parsed from.</summary>
    public readonly ReadOnlySpan<byte> Data => _data;

    /// <summary>Problems found while parsing, in the order found. Empty for a well-formed message.</summary>
    public readonly ReadOnlySpan<Hl7Issue> Issues => _issues is null ? default : _issues.AsSpan(0, _issueCount);

    /// <summary>True when an issue of severity Error or Fatal was found.</summary>
    public readonly bool HasErrors
    {
        get
        {
            foreach (var issue in Issues)
            {
                if (issue.Severity is Hl7Severity.Error or Hl7Severity.Fatal)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Segment <paramref name="index"/> (0-based, in message order).</summary>
    public readonly Hl7Segment Segment(int index)
    {
        if ((uint)index >= (uint)_segmentCount)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(index));
        }

        int slot = index * Slots;
        return new Hl7Segment(_data.Slice(_index![slot], _index[slot + 1]), Delimiters, Charset);
    }

    /// <summary>The packed, upper-cased id of segment <paramref name="index"/> (see <see cref="Hl7Path.Pack(ReadOnlySpan{byte})"/>).</summary>
    public readonly int PackedSegmentId(int index) => _index![(index * Slots) + 2];

    /// <summary>Where segment <paramref name="index"/> starts in <see cref="Data"/>.</summary>
    public readonly int SegmentOffset(int index) => _index![index * Slots];

    /// <summary>The index of the <paramref name="occurrence"/>-th (1-based) segment with the packed id, or -1.</summary>
    public readonly int FindSegment(int packedId, int occurrence = 1)
    {
        var index = _index;
        for (int i = 0, slot = 2; i < _segmentCount; i++, slot += Slots)
        {
            if (index![slot] == packedId && --occurrence <= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the <paramref name="occurrence"/>-th segment named <paramref name="id"/> (case-insensitive), or -1.</summary>
    public readonly int FindSegment(ReadOnlySpan<byte> id, int occurrence = 1) => FindSegment(Hl7Path.Pack(id), occurrence);

    /// <summary>Finds the <paramref name="occurrence"/>-th segment named <paramref name="id"/>.</summary>
    public readonly bool TryGetSegment(ReadOnlySpan<byte> id, out Hl7Segment segment, int occurrence = 1)
    {
        int index = FindSegment(Hl7Path.Pack(id), occurrence);
        segment = index < 0 ? default : Segment(index);
        return index >= 0;
    }

    /// <summary>The element at <paramref name="path"/>; empty when the segment or position is absent.</summary>
    public readonly Hl7Element Get(in Hl7Path path)
    {
        int index = FindSegment(path.PackedSegmentId, Math.Max(1, path.SegmentOccurrence));
        return index < 0 ? new Hl7Element(default, Delimiters, Charset, Hl7Level.Field) : Segment(index).Get(path);
    }

    /// <summary>Returns the pooled index. Call once; spans already taken from the buffer stay valid.</summary>
    public void Dispose()
    {
        if (_index is not null)
        {
            ArrayPool<int>.Shared.Return(_index);
            _index = null;
        }

        if (_issues is not null)
        {
            ArrayPool<Hl7Issue>.Shared.Return(_issues, clearArray: true);
            _issues = null;
        }

        _segmentCount = 0;
        _issueCount = 0;
    }

    private void AddIssue(Hl7ErrorCode code, Hl7Severity severity, in Hl7Location location, string message)
    {
        if (_issueCount >= MaxIssues)
        {
            // Garbage input can yield one issue per line; past this many, more detail helps nobody.
            return;
        }

        if (_issueCount == MaxIssues - 1)
        {
            (code, severity, message) = (Hl7ErrorCode.ApplicationInternalError, Hl7Severity.Warning, "Too many issues; the rest are not reported");
        }

        if (_issues is null)
        {
            _issues = ArrayPool<Hl7Issue>.Shared.Rent(8);
        }
        else if (_issueCount == _issues.Length)
        {
            var larger = ArrayPool<Hl7Issue>.Shared.Rent(_issues.Length * 2);
            _issues.AsSpan().CopyTo(larger);
            ArrayPool<Hl7Issue>.Shared.Return(_issues, clearArray: true);
            _issues = larger;
        }

        _issues[_issueCount++] = new Hl7Issue(code, severity, location, message);
    }

    private void AddSegment(int start, int length, int packedId)
    {
        int slot = _segmentCount * Slots;
        if (_index is null)
        {
            _index = ArrayPool<int>.Shared.Rent(64 * Slots);
        }
        else if (slot + Slots > _index.Length)
        {
            var larger = ArrayPool<int>.Shared.Rent(_index.Length * 2);
            _index.AsSpan(0, slot).CopyTo(larger);
            ArrayPool<int>.Shared.Return(_index);
            _index = larger;
        }

        _index[slot] = start;
        _index[slot + 1] = length;
        _index[slot + 2] = packedId;
        _segmentCount++;
    }
}
