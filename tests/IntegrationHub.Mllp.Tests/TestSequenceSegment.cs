using System.Buffers;

namespace IntegrationHub.Mllp.Tests;

/// <summary>Builds a multi-segment sequence, so tests can split frames across reads at any byte.</summary>
internal sealed class TestSequenceSegment : ReadOnlySequenceSegment<byte>
{
    private TestSequenceSegment(ReadOnlyMemory<byte> memory, long runningIndex)
    {
        Memory = memory;
        RunningIndex = runningIndex;
    }

    public static ReadOnlySequence<byte> Split(byte[] bytes, params int[] cuts)
    {
        var bounds = new List<int> { 0 };
        bounds.AddRange(cuts);
        bounds.Add(bytes.Length);
        TestSequenceSegment? first = null;
        TestSequenceSegment? last = null;
        for (var i = 0; i < bounds.Count - 1; i++)
        {
            var segment = new TestSequenceSegment(bytes.AsMemory(bounds[i], bounds[i + 1] - bounds[i]), bounds[i]);
            if (first is null)
            {
                first = segment;
            }
            else
            {
                last!.Next = segment;
            }

            last = segment;
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }
}
