using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IntegrationHub.Notifications.Tests;

/// <summary>Makes signed JWTs the way an identity provider would (HS256 or RS256), to drive the API's checks.</summary>
internal static class Tokens
{
    public const string Issuer = "https://auth.test.nhs.uk";
    public const string Audience = "integration-hub-fhir";

    public static readonly byte[] Key = SHA256.HashData(Encoding.UTF8.GetBytes("notifications-tests-signing-key"));

    public static string KeyBase64 => Convert.ToBase64String(Key);

    public static Dictionary<string, string?> Settings => new()
    {
        ["Fhir:Auth:Mode"] = "Jwt",
        ["Fhir:Auth:Issuer"] = Issuer,
        ["Fhir:Auth:Audience"] = Audience,
        ["Fhir:Auth:SymmetricKeys:0"] = KeyBase64,
    };

    public static string Create(string scope, string? ods = null, string subject = "test-client", DateTimeOffset? expires = null, DateTimeOffset? notBefore = null,
        string issuer = Issuer, string audience = Audience, byte[]? key = null, string? patient = null, RSA? rsa = null)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["sub"] = subject,
            ["scope"] = scope,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = (notBefore ?? now.AddMinutes(-1)).ToUnixTimeSeconds(),
            ["exp"] = (expires ?? now.AddMinutes(10)).ToUnixTimeSeconds(),
        };
        if (ods is not null)
        {
            claims["ods"] = ods;
        }

        if (patient is not null)
        {
            claims["patient"] = patient;
        }

        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = rsa is null ? "HS256" : "RS256", ["typ"] = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signed = Encoding.ASCII.GetBytes(header + "." + payload);
        var signature = rsa is null
            ? HMACSHA256.HashData(key ?? Key, signed)
            : rsa.SignData(signed, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return header + "." + payload + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
