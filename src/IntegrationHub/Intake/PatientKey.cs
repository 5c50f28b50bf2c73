using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Hl7;

namespace IntegrationHub.Intake;

/// <summary>
/// The key that keeps one patient's messages in order: the NHS number when PID-3 carries one (CX.4 or CX.6
/// naming NHS, or CX.5 = NH), else the first local identifier scoped by its assigning authority (or, when the
/// sender gives none, by the sending facility). A message without PID keeps its sender's order instead. A merge
/// (A34/A35/A40) is keyed by the surviving patient in PID-3.
/// The key is hashed before it leaves the process, so no NHS number travels in broker headers or routing keys.
/// </summary>
internal static class PatientKey
{
    public static string For(ReadOnlySpan<byte> message, MessageHeader header)
    {
        using var parsed = Hl7Message.Parse(message);
        string key;
        if (!parsed.TryGetSegment("PID"u8, out var pid) || !TryPatientIdentifier(pid.Field(3), header, out key))
        {
            key = $"sender|{header.SendingApplication}|{header.SendingFacility}";
        }

        return Hash(key);
    }

    private static bool TryPatientIdentifier(Hl7Element identifiers, MessageHeader header, out string key)
    {
        string? local = null;
        for (var i = 1; i <= identifiers.RepetitionCount; i++)
        {
            var cx = new Hl7Cx(identifiers.Repetition(i));
            if (!cx.IdNumber.HasValue)
            {
                continue;
            }

            if (IsNhs(cx))
            {
                key = "nhs|" + cx.IdNumber.ToString();
                return true;
            }

            if (local is null)
            {
                var authority = cx.AssigningAuthority.NamespaceId.HasValue ? cx.AssigningAuthority.NamespaceId.ToString() : "sender:" + header.SendingFacility;
                local = $"local|{authority}|{cx.IdNumber.ToString()}";
            }
        }

        key = local ?? string.Empty;
        return local is not null;
    }

    private static bool IsNhs(Hl7Cx cx) =>
        cx.IdentifierTypeCode.ValueEquals("NH"u8)
        || cx.AssigningAuthority.NamespaceId.ValueEquals("NHS"u8)
        || cx.AssigningFacility.NamespaceId.ValueEquals("NHS"u8);

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
}
