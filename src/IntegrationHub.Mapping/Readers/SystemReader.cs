using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// An assigning authority (HD) as an identifier system URI: an ISO OID becomes <c>urn:oid:</c>, a
/// listed authority takes its configured URI (<c>vocabulary/assigning-authority.csv</c>, e.g. NHS),
/// and any other authority fills the configured template (setting <c>local-identifier-system</c>).
/// </summary>
internal sealed class SystemReader(AuthorityTable authorities) : ValueReader<string>
{
    public override bool TryRead(Hl7Element value, MappingContext context, out string result)
    {
        var namespaceId = value.Child(1);
        var universalId = value.Child(2);
        if (universalId.HasValue && value.Child(3).ValueEquals("ISO"u8) && IsOid(universalId.Raw))
        {
            result = "urn:oid:" + universalId.ToString();
            return true;
        }

        var name = namespaceId.HasValue ? namespaceId : universalId;
        if (!name.HasValue)
        {
            result = string.Empty;
            return false;
        }

        return authorities.TryResolve(name.Raw, name, out result);
    }

    private static bool IsOid(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty || text[0] is < (byte)'0' or > (byte)'2')
        {
            return false;
        }

        foreach (var b in text)
        {
            if (b is not ((>= (byte)'0' and <= (byte)'9') or (byte)'.'))
            {
                return false;
            }
        }

        return true;
    }
}
