using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Fhir.Tests;

/// <summary>FhirId hashes with its own SHA-256; ids must stay exactly what the platform's SHA-256 gives.</summary>
public class FhirIdHashTests
{
    [Fact]
    public void IdsEqualThoseFromThePlatformSha256AcrossEveryBlockBoundary()
    {
        // Keys of 2 to 300 UTF-8 bytes cross the 55/56 and 64-byte padding cases of one, two and more blocks.
        for (var length = 1; length <= 298; length++)
        {
            var value = new string((char)('a' + (length % 26)), length);
            Assert.Equal(Reference("s", value), FhirId.FromKey("s", value));
        }

        Assert.Equal(Reference(FhirSystems.NhsNumber, "9434765919"), FhirId.FromKey(FhirSystems.NhsNumber, "9434765919"));
        Assert.Equal(Reference("urn:é", "£ ü"), FhirId.FromKey("urn:é", "£ ü"));
        Assert.Equal(Reference("urn:x", new string('z', 5000)), FhirId.FromKey("urn:x", new string('z', 5000)));
    }

    // The documented recipe: SHA-256 of system, 0x1F, value; version 8 and RFC 9562 variant bits; big-endian UUID.
    private static string Reference(string system, string value)
    {
        var key = Encoding.UTF8.GetBytes(system + "\u001f" + value);
        var hash = SHA256.HashData(key);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
