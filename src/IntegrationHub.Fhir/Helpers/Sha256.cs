using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IntegrationHub.Fhir;

/// <summary>
/// SHA-256 (FIPS 180-4) for the short keys behind <see cref="FhirId"/>. The platform's one-shot
/// <c>SHA256.HashData</c> goes through OpenSSL 3, whose per-call setup costs about a microsecond on
/// Linux, and a message Bundle hashes ten or more keys; this managed version needs no setup and no
/// allocation. It is checked against the platform implementation in the tests.
/// </summary>
internal static class Sha256
{
    public const int HashSizeInBytes = 32;

    private static ReadOnlySpan<uint> K =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    /// <summary>Writes the SHA-256 of <paramref name="data"/> to the first 32 bytes of <paramref name="hash"/>.</summary>
    public static void HashData(ReadOnlySpan<byte> data, Span<byte> hash)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hash.Length, HashSizeInBytes, nameof(hash));
        Span<uint> state = stackalloc uint[8];
        state[0] = 0x6a09e667;
        state[1] = 0xbb67ae85;
        state[2] = 0x3c6ef372;
        state[3] = 0xa54ff53a;
        state[4] = 0x510e527f;
        state[5] = 0x9b05688c;
        state[6] = 0x1f83d9ab;
        state[7] = 0x5be0cd19;
        Span<uint> w = stackalloc uint[64];

        var whole = data.Length & ~63;
        for (var offset = 0; offset < whole; offset += 64)
        {
            Compress(state, w, data.Slice(offset, 64));
        }

        // The tail, the 0x80 marker and the bit length: one block, or two when the tail leaves no room.
        Span<byte> last = stackalloc byte[128];
        last.Clear();
        var tail = data[whole..];
        tail.CopyTo(last);
        last[tail.Length] = 0x80;
        var blocks = tail.Length < 56 ? 1 : 2;
        BinaryPrimitives.WriteUInt64BigEndian(last.Slice((blocks * 64) - 8, 8), (ulong)data.Length * 8);
        for (var b = 0; b < blocks; b++)
        {
            Compress(state, w, last.Slice(b * 64, 64));
        }

        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(hash.Slice(i * 4, 4), state[i]);
        }
    }

    // Indexing through refs: the JIT cannot prove w[i - 15] and friends in range, and this loop is the
    // whole cost of an id.
    private static void Compress(Span<uint> state, Span<uint> schedule, ReadOnlySpan<byte> block)
    {
        ref var w = ref MemoryMarshal.GetReference(schedule);
        for (var i = 0; i < 16; i++)
        {
            Unsafe.Add(ref w, i) = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(i * 4, 4));
        }

        for (var i = 16; i < 64; i++)
        {
            var w15 = Unsafe.Add(ref w, i - 15);
            var w2 = Unsafe.Add(ref w, i - 2);
            var s0 = BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3);
            var s1 = BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
            Unsafe.Add(ref w, i) = Unsafe.Add(ref w, i - 16) + s0 + Unsafe.Add(ref w, i - 7) + s1;
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        ref var k = ref MemoryMarshal.GetReference(K);
        uint t;

        // Eight rounds per pass with the working variables renamed instead of shifted; plain locals (no refs)
        // so the JIT keeps all eight in registers. Each round changes only d and h (FIPS 180-4, 6.2.2 step 3).
        for (var i = 0; i < 64; i += 8)
        {
            t = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25)) + ((e & f) ^ (~e & g)) + Unsafe.Add(ref k, i) + Unsafe.Add(ref w, i);
            d += t;
            h = t + (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));

            t = g + (BitOperations.RotateRight(d, 6) ^ BitOperations.RotateRight(d, 11) ^ BitOperations.RotateRight(d, 25)) + ((d & e) ^ (~d & f)) + Unsafe.Add(ref k, i + 1) + Unsafe.Add(ref w, i + 1);
            c += t;
            g = t + (BitOperations.RotateRight(h, 2) ^ BitOperations.RotateRight(h, 13) ^ BitOperations.RotateRight(h, 22)) + ((h & a) ^ (h & b) ^ (a & b));

            t = f + (BitOperations.RotateRight(c, 6) ^ BitOperations.RotateRight(c, 11) ^ BitOperations.RotateRight(c, 25)) + ((c & d) ^ (~c & e)) + Unsafe.Add(ref k, i + 2) + Unsafe.Add(ref w, i + 2);
            b += t;
            f = t + (BitOperations.RotateRight(g, 2) ^ BitOperations.RotateRight(g, 13) ^ BitOperations.RotateRight(g, 22)) + ((g & h) ^ (g & a) ^ (h & a));

            t = e + (BitOperations.RotateRight(b, 6) ^ BitOperations.RotateRight(b, 11) ^ BitOperations.RotateRight(b, 25)) + ((b & c) ^ (~b & d)) + Unsafe.Add(ref k, i + 3) + Unsafe.Add(ref w, i + 3);
            a += t;
            e = t + (BitOperations.RotateRight(f, 2) ^ BitOperations.RotateRight(f, 13) ^ BitOperations.RotateRight(f, 22)) + ((f & g) ^ (f & h) ^ (g & h));

            t = d + (BitOperations.RotateRight(a, 6) ^ BitOperations.RotateRight(a, 11) ^ BitOperations.RotateRight(a, 25)) + ((a & b) ^ (~a & c)) + Unsafe.Add(ref k, i + 4) + Unsafe.Add(ref w, i + 4);
            h += t;
            d = t + (BitOperations.RotateRight(e, 2) ^ BitOperations.RotateRight(e, 13) ^ BitOperations.RotateRight(e, 22)) + ((e & f) ^ (e & g) ^ (f & g));

            t = c + (BitOperations.RotateRight(h, 6) ^ BitOperations.RotateRight(h, 11) ^ BitOperations.RotateRight(h, 25)) + ((h & a) ^ (~h & b)) + Unsafe.Add(ref k, i + 5) + Unsafe.Add(ref w, i + 5);
            g += t;
            c = t + (BitOperations.RotateRight(d, 2) ^ BitOperations.RotateRight(d, 13) ^ BitOperations.RotateRight(d, 22)) + ((d & e) ^ (d & f) ^ (e & f));

            t = b + (BitOperations.RotateRight(g, 6) ^ BitOperations.RotateRight(g, 11) ^ BitOperations.RotateRight(g, 25)) + ((g & h) ^ (~g & a)) + Unsafe.Add(ref k, i + 6) + Unsafe.Add(ref w, i + 6);
            f += t;
            b = t + (BitOperations.RotateRight(c, 2) ^ BitOperations.RotateRight(c, 13) ^ BitOperations.RotateRight(c, 22)) + ((c & d) ^ (c & e) ^ (d & e));

            t = a + (BitOperations.RotateRight(f, 6) ^ BitOperations.RotateRight(f, 11) ^ BitOperations.RotateRight(f, 25)) + ((f & g) ^ (~f & h)) + Unsafe.Add(ref k, i + 7) + Unsafe.Add(ref w, i + 7);
            e += t;
            a = t + (BitOperations.RotateRight(b, 2) ^ BitOperations.RotateRight(b, 13) ^ BitOperations.RotateRight(b, 22)) + ((b & c) ^ (b & d) ^ (c & d));
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}
