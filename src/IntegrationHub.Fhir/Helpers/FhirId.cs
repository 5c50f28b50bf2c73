using System.Text;

namespace IntegrationHub.Fhir;

/// <summary>Deterministic resource ids, so the same business key always maps to the same resource.</summary>
public static class FhirId
{
    private const int MaxStackKey = 512;

    /// <summary>
    /// A stable id for <paramref name="value"/> within <paramref name="system"/>: a name-based UUID
    /// (RFC 9562 version 8) from SHA-256 of the scoped key, 36 lower-case characters. It is a valid
    /// FHIR id and also a valid <c>urn:uuid:</c> fullUrl, and it does not reveal the key.
    /// </summary>
    public static string FromKey(string system, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(system);
        ArgumentException.ThrowIfNullOrEmpty(value);

        // system, unit separator, value: the separator keeps ("a|b","c") apart from ("a","b|c").
        var length = Encoding.UTF8.GetByteCount(system) + 1 + Encoding.UTF8.GetByteCount(value);
        var rented = length > MaxStackKey ? new byte[length] : null;
        Span<byte> key = rented ?? stackalloc byte[MaxStackKey];
        key = key[..length];
        var written = Encoding.UTF8.GetBytes(system, key);
        key[written++] = 0x1F;
        Encoding.UTF8.GetBytes(value, key[written..]);

        Span<byte> hash = stackalloc byte[Sha256.HashSizeInBytes];
        Sha256.HashData(key, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true).ToString("D");
    }
}
