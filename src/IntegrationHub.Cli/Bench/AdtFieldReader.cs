using IntegrationHub.Hl7;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// Reads the fields the ADT mapping needs (MSH, EVN, PID, PD1, PV1) the way the mapping does: typed readers,
/// dates parsed, text unescaped into a stack buffer, no strings. Returns a checksum so no work can be optimised away.
/// </summary>
public static class AdtFieldReader
{
    private static readonly int Evn = Hl7Path.Pack("EVN"u8);
    private static readonly int Pid = Hl7Path.Pack("PID"u8);
    private static readonly int Pd1 = Hl7Path.Pack("PD1"u8);
    private static readonly int Pv1 = Hl7Path.Pack("PV1"u8);

    /// <summary>Parses <paramref name="bytes"/> and reads the ADT fields.</summary>
    public static int ParseAndRead(ReadOnlySpan<byte> bytes)
    {
        using var message = Hl7Message.Parse(bytes);
        return Read(message);
    }

    /// <summary>Reads the ADT fields of a parsed message.</summary>
    public static int Read(scoped in Hl7Message message)
    {
        Span<byte> text = stackalloc byte[512];
        int sum = message.SegmentCount;
        if (message.SegmentCount == 0)
        {
            return sum;
        }

        // One small method per segment keeps each within the JIT's inlining budget.
        sum += ReadHeader(message.Segment(0), text);
        int index = message.FindSegment(Evn);
        if (index >= 0)
        {
            sum += Date(message.Segment(index).Field(2));
        }

        index = message.FindSegment(Pid);
        if (index >= 0)
        {
            sum += ReadPatient(message.Segment(index), text);
        }

        index = message.FindSegment(Pd1);
        if (index >= 0)
        {
            sum += ReadPractice(message.Segment(index), text);
        }

        index = message.FindSegment(Pv1);
        if (index >= 0)
        {
            sum += ReadVisit(message.Segment(index), text);
        }

        return sum;
    }

    private static int ReadHeader(Hl7Segment msh, Span<byte> text)
    {
        var type = msh.Field(9);
        return Date(msh.Field(7)) + type.Component(1).Raw.Length + type.Component(2).Raw.Length
            + Text(msh.Field(10), text) + msh.Field(12).Component(1).Raw.Length;
    }

    private static int ReadPractice(Hl7Segment pd1, Span<byte> text) =>
        Text(new Hl7Xon(pd1.Field(3)).Identifier, text) + Text(new Hl7Xcn(pd1.Field(4)).IdNumber, text);

    private static int ReadVisit(Hl7Segment pv1, Span<byte> text)
    {
        var location = new Hl7Pl(pv1.Field(3));
        return pv1.Field(2).Raw.Length
            + Text(location.PointOfCare, text) + Text(location.Room, text) + Text(location.Bed, text)
            + Text(new Hl7Xcn(pv1.Field(7)).IdNumber, text)
            + Text(new Hl7Cx(pv1.Field(19)).IdNumber, text)
            + Date(pv1.Field(44)) + Date(pv1.Field(45));
    }

    private static int ReadPatient(Hl7Segment pid, Span<byte> text) =>
        ReadIdentifiers(pid.Field(3), text) + ReadName(pid.Field(5).Repetition(1), text) + Date(pid.Field(7)) + pid.Field(8).Raw.Length
        + ReadAddress(pid.Field(11).Repetition(1), text) + ReadPhones(pid.Field(13), text) + Date(pid.Field(29));

    private static int ReadIdentifiers(Hl7Element identifiers, Span<byte> text)
    {
        int sum = 0;
        for (int r = 1, count = identifiers.RepetitionCount; r <= count; r++)
        {
            var id = new Hl7Cx(identifiers.Repetition(r));
            sum += Text(id.IdNumber, text);
            sum += id.AssigningAuthority.NamespaceId.Raw.Length;
            sum += id.IdentifierTypeCode.ValueEquals("NH"u8) ? 1 : 0;
        }

        return sum;
    }

    private static int ReadName(Hl7Element value, Span<byte> text)
    {
        var name = new Hl7Xpn(value);
        return Text(name.Surname, text) + Text(name.GivenName, text) + Text(name.Prefix, text) + name.NameTypeCode.Raw.Length;
    }

    private static int ReadAddress(Hl7Element value, Span<byte> text)
    {
        var address = new Hl7Xad(value);
        return Text(address.StreetLine, text) + Text(address.City, text) + Text(address.PostalCode, text);
    }

    private static int ReadPhones(Hl7Element phones, Span<byte> text)
    {
        int sum = 0;
        for (int r = 1, count = phones.RepetitionCount; r <= count; r++)
        {
            var phone = new Hl7Xtn(phones.Repetition(r));
            sum += Text(phone.TelephoneNumber, text) + phone.UseCode.Raw.Length;
        }

        return sum;
    }

    private static int Text(Hl7Element element, Span<byte> destination)
    {
        if (!element.HasValue || element.Raw.Length > destination.Length)
        {
            return element.Raw.Length;
        }

        element.TryUnescape(destination, out int written);
        return written;
    }

    private static int Date(Hl7Element element)
    {
        if (!element.HasValue)
        {
            return 0;
        }

        return Hl7DateTime.TryRead(element, out var value, out _) ? value.Day + (int)value.Precision : -1;
    }
}
