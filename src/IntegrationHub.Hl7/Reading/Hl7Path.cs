using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IntegrationHub.Hl7;

/// <summary>
/// A parsed address such as <c>PID-3[2].4.1</c> (segment, field, repetition, component, subcomponent) or
/// <c>OBX(2)-5</c> (second OBX). Parse once, outside hot loops; lookups then compare a packed segment id.
/// 0 for repetition/component/subcomponent means "the whole field / first repetition / whole component".
/// </summary>
public readonly record struct Hl7Path(string Segment, int SegmentOccurrence, int Field, int Repetition, int Component, int SubComponent)
{
    /// <summary>The segment id packed into an int for fast comparison (see <see cref="Hl7Message.FindSegment(int, int)"/>).</summary>
    public int PackedSegmentId { get; } = Pack(Segment);

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> for an invalid path (paths are code, not data).</summary>
    public static Hl7Path Parse(string text) =>
        TryParse(text, out var path) ? path : ThrowHelper.ThrowFormat<Hl7Path>($"'{text}' is not an HL7 path like PID-3[2].4.1");

    /// <summary>Parses <paramref name="text"/>; false when it is not a path.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Hl7Path path)
    {
        path = default;
        if (text is null || text.Length < 3 || !IsSegmentId(text.AsSpan(0, 3)))
        {
            return false;
        }

        var rest = text.AsSpan(3);
        int occurrence = 0, field = 0, repetition = 0, component = 0, sub = 0;
        if (!TryTake(ref rest, '(', ')', ref occurrence))
        {
            return false;
        }

        if (!rest.IsEmpty)
        {
            if (rest[0] != '-' || !TryNumber(ref rest, 1, out field)
                || !TryTake(ref rest, '[', ']', ref repetition))
            {
                return false;
            }

            if (!rest.IsEmpty && (rest[0] != '.' || !TryNumber(ref rest, 1, out component)))
            {
                return false;
            }

            if (!rest.IsEmpty && (rest[0] != '.' || !TryNumber(ref rest, 1, out sub)))
            {
                return false;
            }
        }

        if (!rest.IsEmpty)
        {
            return false;
        }

        path = new Hl7Path(text[..3].ToUpperInvariant(), occurrence, field, repetition, component, sub);
        return true;
    }

    public override string ToString() =>
        new Hl7Location(Segment, SegmentOccurrence, Field, Repetition, Component, SubComponent).ToString();

    /// <summary>Packs a three-character segment id (upper-cased) into an int.</summary>
    public static int Pack(ReadOnlySpan<char> id) =>
        id.Length < 3 ? 0 : (Upper(id[0]) << 16) | (Upper(id[1]) << 8) | Upper(id[2]);

    /// <summary>Packs the first three bytes of a segment (upper-cased) into an int.</summary>
    public static int Pack(ReadOnlySpan<byte> id) =>
        id.Length < 3 ? 0 : (Upper(id[0]) << 16) | (Upper(id[1]) << 8) | Upper(id[2]);

    private static int Upper(int c) => c is >= 'a' and <= 'z' ? c - 32 : c;

    private static bool IsSegmentId(ReadOnlySpan<char> id) =>
        char.IsAsciiLetter(id[0]) && char.IsAsciiLetterOrDigit(id[1]) && char.IsAsciiLetterOrDigit(id[2]);

    private static bool TryTake(ref ReadOnlySpan<char> rest, char open, char close, ref int value)
    {
        if (rest.IsEmpty || rest[0] != open)
        {
            return true;
        }

        int end = rest.IndexOf(close);
        if (end < 2 || !int.TryParse(rest[1..end], NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < 1)
        {
            return false;
        }

        rest = rest[(end + 1)..];
        return true;
    }

    private static bool TryNumber(ref ReadOnlySpan<char> rest, int skip, out int value)
    {
        rest = rest[skip..];
        int length = 0;
        while (length < rest.Length && char.IsAsciiDigit(rest[length]))
        {
            length++;
        }

        if (length == 0 || !int.TryParse(rest[..length], NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < 1)
        {
            value = 0;
            return false;
        }

        rest = rest[length..];
        return true;
    }
}
