using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>Coding system names (HL7 table 0396) to URIs; <c>HL7nnnn</c> is the HL7 v2 table nnnn.</summary>
internal static class CodingSystems
{
    public static string? Resolve(Vocabulary systems, Hl7Element name)
    {
        if (systems.Find(name.Raw) is { } entry)
        {
            return entry.Code;
        }

        var raw = name.Raw;
        if (raw.Length == 7 && (raw.StartsWith("HL7"u8) || raw.StartsWith("hl7"u8)) && IsDigits(raw[3..]))
        {
            return "http://terminology.hl7.org/CodeSystem/v2-" + name.ToString()[3..];
        }

        return null;
    }

    private static bool IsDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }
}
