using static IntegrationHub.Hl7.Tests.Hl7TestMessages;

namespace IntegrationHub.Hl7.Tests;

public class DataTypeTests
{
    private const string Message =
        "MSH|^~\\&|PAS|RRK|HUB|NHS|20240311093015+0000||ADT^A01^ADT_A01|MSG1|P|2.4\r" +
        "PID|1||9434765919^^^NHS^NH~RRK123^4^M11^RRK&2.16.840.1.113883.2.1.3.2.4.18.24&ISO^MR^RRK-SITE^20200101^20301231||" +
        "O\\T\\BRIEN&&O'Brien^SIOBHAN^MARY^JR^MRS^MSc^L||19770315|F|||12 Acacia Avenue&Acacia Avenue&12^Flat 3^Riverside^Leeds^LS1 4AB^GBR^H^^WYK||" +
        "01132 496000^PRN^PH^^44^113^2496000^22^daytime~^NET^Internet^s.obrien@example.nhs.uk\r" +
        "PD1|||Riverside Medical Practice^L^123^^^NHS&2.16.840.1&ISO^PRAC^^^B86001|G8123456^PATEL^ANIL^K^III^DR^MD^^GMP&1.2&ISO^L^^^GMP^RRK\r" +
        "PV1|1|I|WD12^B3^01^RRK&1.2.3&ISO^A^BED^Main^2^Ward 12|||||||||||||||||RRK-E998877^^^RRK^VN\r" +
        "ORC|NW|ORD123^PAS^1.2.3^ISO\r" +
        "RXE|1|12345678^Amoxicillin 500mg capsules^DMD^A1^Amoxil^LOCAL^2^3^Amoxicillin caps|500||mg^milligram^UCUM|||||28^CAP&capsule&DMD\r";

    [Fact]
    public void ReadsCx()
    {
        using var message = Hl7Message.Parse(Bytes(Message));
        var ids = message.Get(Hl7Path.Parse("PID-3"));
        var nhs = new Hl7Cx(ids.Repetition(1));
        Assert.Equal("9434765919", nhs.IdNumber.ToString());
        Assert.Equal("NHS", nhs.AssigningAuthority.NamespaceId.ToString());
        Assert.True(nhs.IdentifierTypeCode.ValueEquals("NH"u8));
        var local = new Hl7Cx(ids.Repetition(2));
        Assert.Equal("4", local.CheckDigit.ToString());
        Assert.Equal("M11", local.CheckDigitScheme.ToString());
        Assert.Equal("RRK", local.AssigningAuthority.NamespaceId.ToString());
        Assert.Equal("2.16.840.1.113883.2.1.3.2.4.18.24", local.AssigningAuthority.UniversalId.ToString());
        Assert.Equal("ISO", local.AssigningAuthority.UniversalIdType.ToString());
        Assert.Equal("RRK-SITE", local.AssigningFacility.NamespaceId.ToString());
        Assert.True(Hl7DateTime.TryParseDate(local.EffectiveDate.Raw, out var from, out _));
        Assert.Equal(new DateTime(2020, 1, 1), from.ToDateTime());
        Assert.Equal("20301231", local.ExpirationDate.ToString());
    }

    [Fact]
    public void ReadsXpnWithFamilyNameSubcomponents()
    {
        using var message = Hl7Message.Parse(Bytes(Message));
        var name = new Hl7Xpn(message.Get(Hl7Path.Parse("PID-5")));
        Assert.Equal("O&BRIEN", name.Surname.ToString());
        Assert.Equal("O'Brien", name.FamilyName.SubComponent(3).ToString());
        Assert.Equal("SIOBHAN", name.GivenName.ToString());
        Assert.Equal("MARY", name.SecondNames.ToString());
        Assert.Equal("JR", name.Suffix.ToString());
        Assert.Equal("MRS", name.Prefix.ToString());
        Assert.Equal("MSc", name.Degree.ToString());
        Assert.Equal("L", name.NameTypeCode.ToString());
    }

    [Fact]
    public void ReadsXad()
    {
        using var message = Hl7Message.Parse(Bytes(Message));
        var address = new Hl7Xad(message.Get(Hl7Path.Parse("PID-11")));
        Assert.Equal("12 Acacia Avenue", address.StreetLine.ToString());
        Assert.Equal("Acacia Avenue", address.StreetAddress.SubComponent(2).ToString());
        Assert.Equal("Flat 3", address.OtherDesignation.ToString());
        Assert.Equal("Riverside", address.City.ToString());
        Assert.Equal("Leeds", address.StateOrProvince.ToString());
        Assert.Equal("LS1 4AB", address.PostalCode.ToString());
        Assert.Equal("GBR", address.Country.ToString());
        Assert.Equal("H", address.AddressType.ToString());
        Assert.Equal("WYK", address.CountyCode.ToString());
    }

    [Fact]
    public void ReadsXtnRepetitions()
    {
        using var message = Hl7Message.Parse(Bytes(Message));
        var field = message.Get(Hl7Path.Parse("PID-13"));
        Assert.Equal(2, field.RepetitionCount);
        var phone = new Hl7Xtn(field.Repetition(1));
        Assert.Equal("01132 496000", phone.TelephoneNumber.ToString());
        Assert.Equal("PRN", phone.UseCode.ToString());
        Assert.Equal("PH", phone.EquipmentType.ToString());
        Assert.Equal("44", phone.CountryCode.ToString());
        Assert.Equal("113", phone.AreaCode.ToString());
        Assert.Equal("2496000", phone.LocalNumber.ToString());
        Assert.Equal("22", phone.Extension.ToString());
        Assert.Equal("daytime", phone.AnyText.ToString());
        var email = new Hl7Xtn(field.Repetition(2));
        Assert.True(email.TelephoneNumber.IsEmpty);
        Assert.Equal("s.obrien@example.nhs.uk", email.EmailAddress.ToString());
    }

    [Fact]
    public void ReadsXonAndXcn()
    {
        using var message = Hl7Message.Parse(Bytes(Message));
        var practice = new Hl7Xon(message.Get(Hl7Path.Parse("PD1-3")));
        Assert.Equal("Riverside Medical Practice", practice.OrganizationName.ToString());
        Assert.Equal("L", practice.OrganizationNameTypeCode.ToString());
        Assert.Equal("123", practice.IdNumber.ToString());
        Assert.Equal("2.16.840.1", practice.AssigningAuthority.UniversalId.ToString());
        Assert.Equal("PRAC", practice.IdentifierTypeCode.ToString());
        Assert.Equal("B86001", practice.OrganizationIdentifier.ToString());
        Assert.Equal("B86001", practice.Identifier.ToString());

        var v24Practice = new Hl7Xon(Parse("PD1|||Practice^^B86002").Get(Hl7Path.Parse("PD1-3")));
        Assert.Equal("B86002", v24Practice.Identifier.ToString());

        var gp = new Hl7Xcn(message.Get(Hl7Path.Parse("PD1-4")));
        Assert.Equal("G8123456", gp.IdNumber.ToString());
        Assert.Equal("PATEL", gp.Surname.ToString());
        Assert.Equal("ANIL", gp.GivenName.ToString());
        Assert.Equal("K", gp.SecondNames.ToString());
        Assert.Equal("III", gp.Suffix.ToString());
        Assert.Equal("DR", gp.Prefix.ToString());
        Assert.Equal("MD", gp.Degree.ToString());
        Assert.Equal("GMP", gp.AssigningAuthority.NamespaceId.ToString());
        Assert.Equal("L", gp.NameTypeCode.ToString());
        Assert.Equal("GMP", gp.IdentifierTypeCode.ToString());
        Assert.Equal("RRK", gp.AssigningFacility.NamespaceId.ToString());
    }

    [Fact]
    public void ReadsPlEiAndCodedTypes()
    {
        using var message = Hl7Message.Parse(Bytes(Message));
        var location = new Hl7Pl(message.Get(Hl7Path.Parse("PV1-3")));
        Assert.Equal("WD12", location.PointOfCare.ToString());
        Assert.Equal("B3", location.Room.ToString());
        Assert.Equal("01", location.Bed.ToString());
        Assert.Equal("RRK", location.Facility.NamespaceId.ToString());
        Assert.Equal("1.2.3", location.Facility.UniversalId.ToString());
        Assert.Equal("A", location.LocationStatus.ToString());
        Assert.Equal("BED", location.PersonLocationType.ToString());
        Assert.Equal("Main", location.Building.ToString());
        Assert.Equal("2", location.Floor.ToString());
        Assert.Equal("Ward 12", location.LocationDescription.ToString());

        var order = new Hl7Ei(message.Get(Hl7Path.Parse("ORC-2")));
        Assert.Equal("ORD123", order.EntityIdentifier.ToString());
        Assert.Equal("PAS", order.NamespaceId.ToString());
        Assert.Equal("1.2.3", order.UniversalId.ToString());
        Assert.Equal("ISO", order.UniversalIdType.ToString());

        var drug = new Hl7Coded(message.Get(Hl7Path.Parse("RXE-2")));
        Assert.Equal("12345678", drug.Identifier.ToString());
        Assert.Equal("Amoxicillin 500mg capsules", drug.Text.ToString());
        Assert.Equal("DMD", drug.CodingSystem.ToString());
        Assert.Equal("A1", drug.AlternateIdentifier.ToString());
        Assert.Equal("Amoxil", drug.AlternateText.ToString());
        Assert.Equal("LOCAL", drug.AlternateCodingSystem.ToString());
        Assert.Equal("2", drug.CodingSystemVersion.ToString());
        Assert.Equal("3", drug.AlternateCodingSystemVersion.ToString());
        Assert.Equal("Amoxicillin caps", drug.OriginalText.ToString());
    }

    [Fact]
    public void ReadsCqWithUnitsInSubcomponents()
    {
        using var message = Hl7Message.Parse(Bytes(Message));
        var amount = new Hl7Cq(message.Get(Hl7Path.Parse("RXE-10")));
        Assert.True(amount.TryGetQuantity(out decimal quantity, out _));
        Assert.Equal(28m, quantity);
        Assert.Equal("CAP", amount.Units.Identifier.ToString());
        Assert.Equal("capsule", amount.Units.Text.ToString());
        Assert.Equal("DMD", amount.Units.CodingSystem.ToString());
    }

    [Fact]
    public void IdAndIsCodesCompareWithoutAllocating()
    {
        using var message = Hl7Message.Parse(Bytes(Message));
        Assert.True(message.Get(Hl7Path.Parse("PID-8")).ValueEquals("F"u8));
        Assert.True(message.Get(Hl7Path.Parse("PV1-2")).ValueEquals("I"u8));
        Assert.False(message.Get(Hl7Path.Parse("PV1-2")).ValueEquals("O"u8));
    }

    private static Hl7Message Parse(string segment) => Hl7Message.Parse(Bytes("MSH|^~\\&|A|B|C|D|||ADT^A01|1|P|2.4\r" + segment + "\r"));
}
