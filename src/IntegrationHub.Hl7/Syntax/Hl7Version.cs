using System.Globalization;

namespace IntegrationHub.Hl7;

/// <summary>
/// An HL7 v2 version from MSH-12.1. Trailing ".0" parts are ignored (<c>2.4.0</c> is 2.4), as senders write both.
/// Known versions: 2.1, 2.2, 2.3, 2.3.1, 2.4, 2.5, 2.5.1, 2.6, 2.7, 2.7.1, 2.8, 2.8.1, 2.8.2.
/// </summary>
public readonly record struct Hl7Version(int Major, int Minor, int Patch) : IComparable<Hl7Version>
{
    public static Hl7Version V231 { get; } = new(2, 3, 1);

    public static Hl7Version V24 { get; } = new(2, 4, 0);

    public static Hl7Version V25 { get; } = new(2, 5, 0);

    public static Hl7Version V251 { get; } = new(2, 5, 1);

    /// <summary>Parses <c>2.5.1</c>, <c>2.4.0</c>, <c>2.3</c> …; false for anything that is not digits separated by dots.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out Hl7Version version)
    {
        version = default;
        Span<int> parts = stackalloc int[3];
        int count = 0;
        while (true)
        {
            int dot = text.IndexOf((byte)'.');
            var part = dot < 0 ? text : text[..dot];
            if (part.IsEmpty || part.Length > 3 || part.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
            {
                return false;
            }

            int value = 0;
            foreach (byte b in part)
            {
                value = (value * 10) + (b - '0');
            }

            if (count == 3)
            {
                // A fourth part is accepted only as a redundant zero (2.5.1.0).
                if (value != 0)
                {
                    return false;
                }
            }
            else
            {
                parts[count++] = value;
            }

            if (dot < 0)
            {
                break;
            }

            text = text[(dot + 1)..];
        }

        version = new Hl7Version(parts[0], count > 1 ? parts[1] : 0, count > 2 ? parts[2] : 0);
        return true;
    }

    /// <summary>True for the versions HL7 published (2.1 to 2.8.2).</summary>
    public bool IsKnown => (Major, Minor, Patch) switch
    {
        (2, >= 1 and <= 8, 0) => true,
        (2, 3 or 5 or 7 or 8, 1) => true,
        (2, 8, 2) => true,
        _ => false,
    };

    public int CompareTo(Hl7Version other) =>
        Major != other.Major ? Major.CompareTo(other.Major)
        : Minor != other.Minor ? Minor.CompareTo(other.Minor)
        : Patch.CompareTo(other.Patch);

    public static bool operator <(Hl7Version left, Hl7Version right) => left.CompareTo(right) < 0;

    public static bool operator >(Hl7Version left, Hl7Version right) => left.CompareTo(right) > 0;

    public static bool operator <=(Hl7Version left, Hl7Version right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Hl7Version left, Hl7Version right) => left.CompareTo(right) >= 0;

    public override string ToString() => Patch == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}")
        : string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
