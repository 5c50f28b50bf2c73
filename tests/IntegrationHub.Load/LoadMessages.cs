using System.Globalization;
using System.Text;

namespace IntegrationHub.Load;

/// <summary>
/// UK ADT messages (ITK v2.4 shape) for many patients, each with a valid NHS number, written one per file so
/// that <c>hub send</c> cycles through them: admit, transfer, update, discharge per patient, interleaved.
/// </summary>
internal static class LoadMessages
{
    private static readonly string[] Events = ["A01", "A02", "A08", "A03"];

    public static string WriteDirectory(int patients)
    {
        var directory = Path.Combine(Path.GetTempPath(), "hub-load-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var file = 0;
        foreach (var trigger in Events)
        {
            for (var patient = 0; patient < patients; patient++)
            {
                var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{file++:D6}.hl7"));
                File.WriteAllText(path, Adt(patient, trigger), Encoding.Latin1);
            }
        }

        return directory;
    }

    private static string Adt(int patient, string trigger) => string.Create(CultureInfo.InvariantCulture,
        $"MSH|^~\\&|PAS|RX1|HUB|HUB|20260101120000||ADT^{trigger}^ADT_A01|LOAD|P|2.4|||||GBR|8859/1\r" +
        $"EVN|{trigger}|20260101120000\r" +
        $"PID|1||{NhsNumber(patient)}^^^NHS^NH~RX{patient:D6}^^^RX1^MR||SMITH^JOHN^^^MR||19700101|M|||1 HIGH STREET^^LEEDS^^LS1 1AA^GBR\r" +
        $"PD1|||LEEDS MEDICAL PRACTICE^^B86001|G1234567^JONES^ANNE\r" +
        $"PV1|1|I|WARD1^BED{patient % 20}^^RX1||||C1234567^WHO^DOCTOR|||MED||||19|||||V{patient}|||||||||||||||||||||||||20260101120000\r");

    /// <summary>A ten-digit NHS number with a valid Modulus 11 check digit (skipping stems whose digit would be 10).</summary>
    private static string NhsNumber(int patient)
    {
        for (var stem = 400_000_000L + patient * 7L; ; stem++)
        {
            var digits = stem.ToString("D9", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (digits[i] - '0') * (10 - i);
            }

            var check = 11 - (sum % 11);
            if (check == 10)
            {
                continue;
            }

            return digits + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
        }
    }
}
