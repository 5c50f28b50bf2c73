using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace IntegrationHub.Hl7;

/// <summary>
/// Delimiter search shared by the reader types. Finding the n-th separator compares 32 (or 16) bytes at a time and
/// counts matches with a population count, so reaching PID-29 costs a few vector steps rather than 29 searches.
/// </summary>
internal static class Hl7Split
{
    /// <summary>The <paramref name="index"/>-th (0-based) piece of <paramref name="value"/> split on <paramref name="separator"/>; empty when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Piece(ReadOnlySpan<byte> value, byte separator, int index)
    {
        if (separator == 0)
        {
            return index == 0 ? value : default;
        }

        int end;
        if (index > 0)
        {
            int at = IndexOfNth(value, separator, index, out end);
            if (at < 0)
            {
                return default;
            }

            if (end >= 0)
            {
                // The vector step that found the start also saw the end.
                return value[(at + 1)..end];
            }

            value = value[(at + 1)..];
        }

        end = value.IndexOf(separator);
        return end < 0 ? value : value[..end];
    }

    /// <summary>How many pieces <paramref name="value"/> splits into (an empty value is one empty piece).</summary>
    public static int Count(ReadOnlySpan<byte> value, byte separator) =>
        separator == 0 ? 1 : value.Count(separator) + 1;

    /// <summary>
    /// The index of the <paramref name="n"/>-th (1-based) occurrence, or -1; <paramref name="next"/> is the index of the
    /// following occurrence when the same vector step saw it, else -1 (unknown: search on from the result).
    /// </summary>
    public static int IndexOfNth(ReadOnlySpan<byte> value, byte separator, int n, out int next)
    {
        next = -1;
        ref byte start = ref MemoryMarshal.GetReference(value);
        int i = 0;
        if (Vector256.IsHardwareAccelerated && value.Length >= Vector256<byte>.Count)
        {
            var target = Vector256.Create(separator);
            for (; i <= value.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                uint mask = Vector256.Equals(Vector256.LoadUnsafe(ref start, (nuint)i), target).ExtractMostSignificantBits();
                int count = BitOperations.PopCount(mask);
                if (count >= n)
                {
                    return i + NthBit(mask, n, i, ref next);
                }

                n -= count;
            }
        }

        if (Vector128.IsHardwareAccelerated)
        {
            var target = Vector128.Create(separator);
            for (; i <= value.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                uint mask = Vector128.Equals(Vector128.LoadUnsafe(ref start, (nuint)i), target).ExtractMostSignificantBits();
                int count = BitOperations.PopCount(mask);
                if (count >= n)
                {
                    return i + NthBit(mask, n, i, ref next);
                }

                n -= count;
            }
        }

        for (; i < value.Length; i++)
        {
            if (Unsafe.Add(ref start, i) == separator && --n == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The position of the n-th set bit; sets <paramref name="next"/> when a later bit is set too.</summary>
    private static int NthBit(uint mask, int n, int blockStart, ref int next)
    {
        while (--n > 0)
        {
            mask &= mask - 1;
        }

        int bit = BitOperations.TrailingZeroCount(mask);
        mask &= mask - 1;
        if (mask != 0)
        {
            next = blockStart + BitOperations.TrailingZeroCount(mask);
        }

        return bit;
    }
}
