using System.Globalization;
using System.Text;

namespace IntegrationHub.Records.Tests;

/// <summary>
/// Real HL7 v2.4 ADT and v2.5.1 pharmacy messages in the shape UK trusts and GP systems send (the same segments as
/// the mapping tests' UK samples), with the parts a scenario varies as parameters.
/// </summary>
internal static class V2
{
    public const string NhsNumber = "9434765919";
    public const string OtherNhsNumber = "9449306060";

    public sealed record Person(string? Nhs, string Mrn, string Family = "SMITH", string Given = "JOHN", string Phone = "01134960000", string GpOds = "B82001", string GpName = "THE LEEDS SURGERY", string Born = "19650412");

    public static readonly Person John = new(NhsNumber, "RXX1234567");

    public static string Adt(string trigger, string control, DateTimeOffset at, Person person, string visit = "V123456", string patientClass = "I",
        string ward = "WARD 5", string priorWard = "", DateTimeOffset? admitted = null, DateTimeOffset? discharged = null, string sender = "PAS", string facility = "RXX")
    {
        var structure = trigger switch
        {
            "A01" or "A04" or "A08" or "A13" => "ADT_A01",
            "A02" => "ADT_A02",
            "A03" => "ADT_A03",
            "A05" or "A28" or "A31" => "ADT_A05",
            "A11" or "A12" => "ADT_A09",
            "A21" or "A22" => "ADT_A21",
            _ => "ADT_A01",
        };
        var ts = Ts(at);
        var prior = priorWard.Length == 0 ? string.Empty : priorWard + "^BAY 2^BED 4^RXX";
        var disposition = discharged is null ? string.Empty : "01";
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"MSH|^~\\&|{sender}|{facility}|HUB|RXX|{ts}||ADT^{trigger}^{structure}|{control}|P|2.4|||AL|NE||8859/1\r");
        builder.Append(CultureInfo.InvariantCulture, $"EVN|{trigger}|{ts}||||{ts}\r");
        builder.Append(Pid(person)).Append('\r');
        builder.Append(CultureInfo.InvariantCulture, $"PD1|||{person.GpName}^^{person.GpOds}|G1234567^JONES^ALAN^^^DR\r");
        builder.Append(CultureInfo.InvariantCulture, $"PV1|1|{patientClass}|{ward}^BAY 2^BED 4^RXX|||{prior}|2345678^PATEL^ANIL^^^DR^^^GMC|||300|||||||||{visit}^^^RXX^VN|||||||||||||||||{disposition}||||||||{Ts(admitted ?? at)}|{(discharged is { } d ? Ts(d) : string.Empty)}");
        return builder.ToString();
    }

    /// <summary>A40: <paramref name="retiredMrn"/> (a record known only by that local number) merged into <paramref name="survivor"/>.</summary>
    public static string Merge(string control, DateTimeOffset at, Person survivor, string retiredMrn)
    {
        var ts = Ts(at);
        return $"MSH|^~\\&|PAS|RXX|HUB|RXX|{ts}||ADT^A40^ADT_A39|{control}|P|2.4|||AL|NE||8859/1\r"
            + $"EVN|A40|{ts}||||{ts}\r"
            + Pid(survivor) + "\r"
            + $"PD1|||{survivor.GpName}^^{survivor.GpOds}|G1234567^JONES^ALAN^^^DR\r"
            + $"MRG|{retiredMrn}^^^RXX^MR||||||SMITH^JON^^^MR";
    }

    /// <summary>RDE^O11 from the trust's EPMA: one order per (placer number, dm+d or SNOMED code).</summary>
    public static string HospitalOrder(string control, DateTimeOffset at, Person person, params (string Placer, string Code, string System, string Name)[] orders)
        => HospitalOrder(control, at, person, "NW", orders);

    /// <summary>RDE^O11 with an order control code (ORC-1: NW new, DC discontinue, ...).</summary>
    public static string HospitalOrder(string control, DateTimeOffset at, Person person, string orderControl, params (string Placer, string Code, string System, string Name)[] orders)
        => HospitalOrder(control, at, person, orderControl, orderType: string.Empty, orders);

    /// <summary>RDE^O11 with an order type (ORC-29: I, O, or RXX's local TTO for To-Take-Out discharge medication).</summary>
    public static string HospitalOrder(string control, DateTimeOffset at, Person person, string orderControl, string orderType, params (string Placer, string Code, string System, string Name)[] orders)
    {
        var ts = Ts(at);
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"MSH|^~\\&|EPMA|RXX|HUB|RXX|{ts}||RDE^O11^RDE_O11|{control}|P|2.5.1|||AL|NE||8859/1\r");
        builder.Append(Pid(person)).Append('\r');
        builder.Append("PV1|1|I|WARD 5^BAY 2^BED 4^RXX||||2345678^PATEL^ANIL^^^DR^^^GMC|||300|||||||||V123456^^^RXX^VN|||||||||||||||||||||||||20240312100000\r");
        foreach (var (placer, code, system, name) in orders)
        {
            builder.Append(CultureInfo.InvariantCulture, $"ORC|{orderControl}|{placer}^EPMA|||||||{ts}|||2345678^PATEL^ANIL^^^DR^^^GMC|||||||||||||||||{orderType}\r");
            builder.Append(CultureInfo.InvariantCulture, $"RXE|^^^{ts}|{code}^{name}^{system}|1000||mg^milligram^UCUM||^Take ONE gram FOUR times a day|||32|tablet\r");
            builder.Append("RXR|PO^Oral^HL70162\r");
        }

        return builder.ToString().TrimEnd('\r');
    }

    /// <summary>RDS^O13 from the trust pharmacy: a dispense against an EPMA order.</summary>
    public static string HospitalDispense(string control, DateTimeOffset at, Person person, string placer, string code, string name)
    {
        var ts = Ts(at);
        return $"MSH|^~\\&|PHARM|RXX|HUB|RXX|{ts}||RDS^O13^RDS_O13|{control}|P|2.5.1|||AL|NE||8859/1\r"
            + Pid(person) + "\r"
            + "PV1|1|I|WARD 5^BAY 2^BED 4^RXX||||2345678^PATEL^ANIL^^^DR^^^GMC|||300|||||||||V123456^^^RXX^VN|||||||||||||||||||||||||20240312100000\r"
            + $"ORC|RE|{placer}^EPMA|||||||{ts}|||2345678^PATEL^ANIL^^^DR^^^GMC\r"
            + $"RXD|1|{code}^{name}^DMD|{ts}|32|tablet|||||PH123^WHITE^EMMA\r"
            + "RXR|PO^Oral^HL70162";
    }

    /// <summary>OMP^O09 from a GP system (MSH-4 is the practice's ODS code).</summary>
    public static string GpOrder(string control, DateTimeOffset at, Person person, string placer, string code, string name, string orderControl = "NW")
    {
        var ts = Ts(at);
        return $"MSH|^~\\&|GPSYS|{person.GpOds}|HUB|RXX|{ts}||OMP^O09^OMP_O09|{control}|P|2.5.1|||AL|NE||8859/1\r"
            + Pid(person) + "\r"
            + $"PD1|||{person.GpName}^^{person.GpOds}|G1234567^JONES^ALAN^^^DR\r"
            + $"ORC|{orderControl}|{placer}^GPSYS|||||||{ts}|||G1234567^JONES^ALAN^^^DR^^^GMP\r"
            + $"RXO|{code}^{name}^DMD|500||mg|||^ONE THREE times a day||||21|capsule";
    }

    private static string Pid(Person person)
    {
        var ids = person.Nhs is null ? $"{person.Mrn}^^^RXX^MR" : $"{person.Nhs}^^^NHS^NH~{person.Mrn}^^^RXX^MR";
        var traced = person.Nhs is null ? string.Empty : "01";
        return $"PID|1||{ids}||{person.Family}^{person.Given}^PAUL^^MR^^L||{person.Born}|M|||1 HIGH STREET^FLAT 2^LEEDS^WEST YORKSHIRE^LS1 4AB^GBR^H||{person.Phone}^PRN^PH|||M||||||||||||||||{traced}";
    }

    public static string Ts(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    /// <summary>A valid NHS number (modulus 11) from a 9-digit seed, for tests that need many patients.</summary>
    public static string MakeNhsNumber(int seed)
    {
        for (var attempt = seed; ; attempt++)
        {
            var digits = (900_000_000 + (attempt % 99_999_999)).ToString(CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (digits[i] - '0') * (10 - i);
            }

            var check = 11 - (sum % 11);
            if (check == 11)
            {
                check = 0;
            }

            if (check != 10)
            {
                return digits + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
