using System.Text;

namespace IntegrationHub.Hl7.Tests;

internal static class Hl7TestMessages
{
    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A short UK-style ADT^A01 with CR terminators.</summary>
    public const string AdtA01 =
        "MSH|^~\\&|PAS|RRK|HUB|NHS|20240311093015+0000||ADT^A01^ADT_A01|MSG1|P|2.4|||AL|NE\r" +
        "EVN|A01|20240311093015\r" +
        "PID|1||9434765919^^^NHS^NH~RRK123^^^RRK^MR||O\\T\\BRIEN^SIOBHAN^^^MRS||19770315|F\r" +
        "PD1|||Riverside Medical Practice^^^^^^^^^B86001|G8123456^PATEL^ANIL^^^DR\r" +
        "PV1|1|I|WD12^B3^01^RRK\r";

    public static string Strings(ReadOnlySpan<Hl7Issue> issues)
    {
        var builder = new StringBuilder();
        foreach (var issue in issues)
        {
            builder.Append(issue.ToString()).Append('\n');
        }

        return builder.ToString();
    }
}
