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

        if (index > 0)
        {
            int at = IndexOfNth(value, separator, index);
            if (at < 0)
            {
                return default;
            }

            value = value[(at + 1)..];
        }

        int end = value.IndexOf(separator);
        return end < 0 ? value : value[..end];
    }

    /// <summary>How many pieces <paramref name="value"/> splits into (an empty value is one empty piece).</summary>
    public static int Count(ReadOnlySpan<byte> value, byte separator) =>
        separator == 0 ? 1 : value.Count(separator) + 1;

    /// <summary>The index of the <paramref name="n"/>-th (1-based) occurrence of <paramref name="separator"/>, or -1.</summary>
    public static int IndexOfNth(ReadOnlySpan<byte> value, byte separator, int n)
    {
        if (n <= 2)
        {
            // Near the start a plain search is cheapest.
            int first = value.IndexOf(separator);
            if (n == 1 || first < 0)
            {
                return first;
            }

            int second = value[(first + 1)..].IndexOf(separator);
            return second < 0 ? -1 : first + 1 + second;
        }

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
                    return i + NthBit(mask, n);
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
                    return i + NthBit(mask, n);
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

    private static int NthBit(uint mask, int n)
    {
        while (--n > 0)
        {
            mask &= mask - 1;
        }

        return BitOperations.TrailingZeroCount(mask);
    }
}
