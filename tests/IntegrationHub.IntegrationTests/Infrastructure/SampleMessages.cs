using System.Globalization;
using System.Text;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>UK-style ADT messages (ITK v2.4 shape) with control ids unique to one test.</summary>
internal static class SampleMessages
{
    private static readonly string[] Events = ["A01", "A02", "A03", "A08", "A31"];

    public static string Adt(string controlId, int patient, string trigger = "A01") => string.Create(CultureInfo.InvariantCulture,
        $"MSH|^~\\&|PAS|RX1|HUB|HUB|20260101120000||ADT^{trigger}^ADT_A01|{controlId}|P|2.4|||||GBR|8859/1\r" +
        $"EVN|{trigger}|20260101120000\r" +
        $"PID|1||{9000000000 + patient}^^^NHS^NH~RX{patient:D6}^^^RX1^MR||SMITH^JOHN^^^MR||19700101|M|||1 HIGH STREET^^LEEDS^^LS1 1AA^GBR\r" +
        $"PD1|||LEEDS MEDICAL PRACTICE^^B86001|G1234567^JONES^ANNE\r" +
        $"PV1|1|I|WARD1^BED1^^RX1||||C1234567^WHO^DOCTOR|||MED||||19|||||V{patient}|||||||||||||||||||||||||20260101120000\r");

    public static List<(string ControlId, byte[] Bytes)> Batch(string prefix, int count, int patients)
    {
        var batch = new List<(string, byte[])>(count);
        for (var i = 0; i < count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{prefix}{i:D5}");
            batch.Add((id, Encoding.Latin1.GetBytes(Adt(id, i % patients, Events[i % Events.Length]))));
        }

        return batch;
    }
}
