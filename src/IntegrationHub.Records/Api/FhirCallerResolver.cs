using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Records.Api;

/// <summary>Turns a request into a <see cref="FhirCaller"/>, or says why it cannot (401).</summary>
internal sealed class FhirCallerResolver(IOptions<CareRecordOptions> options)
{
    public async Task<(FhirCaller? Caller, string? Problem)> ResolveAsync(HttpContext context)
    {
        var auth = options.Value.Auth;
        var hasToken = context.Request.Headers.Authorization.Count > 0;
        if (!hasToken && auth.EffectiveMode == FhirAuthMode.Development && IsLoopback(context))
        {
            return (FhirCaller.Development(), null);
        }

        if (!hasToken)
        {
            return (null, "A bearer token is required.");
        }

        if (!auth.HasKeys)
        {
            return (null, "This server has no token signing keys configured (Fhir:Auth).");
        }

        var result = await context.AuthenticateAsync(FhirTokenValidation.Scheme);
        if (!result.Succeeded || result.Principal is null)
        {
            // The handler's reason names the failed check (signature, lifetime, issuer, audience), never claim values.
            return (null, "The bearer token is not valid: " + Reason(result.Failure) + ".");
        }

        var principal = result.Principal;
        var scopes = new List<string>();
        foreach (var claim in principal.FindAll("scope"))
        {
            scopes.AddRange(claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        foreach (var claim in principal.FindAll("scp"))
        {
            scopes.AddRange(claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        var subject = principal.FindFirst("sub")?.Value ?? principal.FindFirst("client_id")?.Value ?? "unknown";
        return (new FhirCaller(subject, principal.FindFirst(auth.OrganisationClaim)?.Value, principal.FindFirst("patient")?.Value, scopes), null);
    }

    private static bool IsLoopback(HttpContext context)
        => context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
           && !context.Request.Headers.ContainsKey("X-Forwarded-For");

    // Said in our words: the library's messages may quote token contents.
    private static string Reason(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException => "it has expired",
        SecurityTokenNotYetValidException => "it is not valid yet",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenNoExpirationException => "it has no expiry",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "bad signature",
        SecurityTokenInvalidAlgorithmException => "algorithm not allowed",
        SecurityTokenMalformedException => "malformed",
        _ => "rejected",
    };
}
