using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Records;

/// <summary>
/// JWT bearer validation for the FHIR API under its own scheme name, so it never becomes the host's default
/// scheme and needs no authentication middleware: the API authenticates each request itself and answers
/// 401/403 with an OperationOutcome. Signature (HS256/384/512 or RS256), exp/nbf, iss and aud are checked.
/// </summary>
internal static class FhirTokenValidation
{
    public const string Scheme = "FhirBearer";

    private static readonly string[] Algorithms =
        [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512, SecurityAlgorithms.RsaSha256];

    public static void Add(IServiceCollection services)
    {
        services.AddAuthentication().AddJwtBearer(Scheme, _ => { });
        services.AddOptions<JwtBearerOptions>(Scheme).Configure<IOptions<CareRecordOptions>>((jwt, fhir) =>
        {
            var auth = fhir.Value.Auth;
            jwt.MapInboundClaims = false;
            jwt.RequireHttpsMetadata = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = auth.Issuer,
                ValidateAudience = true,
                ValidAudience = auth.Audience,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidateIssuerSigningKey = true,
                IssuerSigningKeys = CreateKeys(auth),
                ValidAlgorithms = Algorithms,
                ClockSkew = auth.ClockSkew,
                NameClaimType = "sub",
            };
        });
    }

    public static bool KeysAreUsable(FhirAuthOptions auth)
    {
        try
        {
            _ = CreateKeys(auth);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException or ArgumentException or IOException)
        {
            return false;
        }
    }

    private static List<SecurityKey> CreateKeys(FhirAuthOptions auth)
    {
        var keys = new List<SecurityKey>();
        foreach (var text in auth.SymmetricKeys)
        {
            var bytes = Convert.FromBase64String(text);
            if (bytes.Length < 32)
            {
                throw new ArgumentException("A symmetric key shorter than 256 bits is too weak for HS256.");
            }

            keys.Add(new SymmetricSecurityKey(bytes));
        }

        foreach (var value in auth.RsaPublicKeys)
        {
            var pem = value.Contains("-----BEGIN", StringComparison.Ordinal) ? value : File.ReadAllText(value);
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            keys.Add(new RsaSecurityKey(rsa));
        }

        return keys;
    }
}
