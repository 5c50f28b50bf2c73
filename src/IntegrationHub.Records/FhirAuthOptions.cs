namespace IntegrationHub.Records;

/// <summary>How callers of the FHIR API prove who they are (section <c>Fhir:Auth</c>).</summary>
public sealed class FhirAuthOptions
{
    /// <summary>
    /// <c>Auto</c> (default): JWT bearer tokens when a signing key is configured, else Development.
    /// <c>Jwt</c>: tokens always required (start fails without a key). <c>Development</c>: callers on the
    /// hub's own machine (loopback) are served without a token with full read access; remote callers still need
    /// a token. Never use Development on a shared machine.
    /// </summary>
    public FhirAuthMode Mode { get; set; } = FhirAuthMode.Auto;

    /// <summary>Expected <c>iss</c>; required in Jwt mode.</summary>
    public string? Issuer { get; set; }

    /// <summary>Expected <c>aud</c>; required in Jwt mode.</summary>
    public string? Audience { get; set; }

    /// <summary>HS256/384/512 keys, base64 (at least 32 bytes each). Several allow rotation.</summary>
    public List<string> SymmetricKeys { get; set; } = [];

    /// <summary>RS256 public keys: PEM text or a path to a PEM file. Several allow rotation.</summary>
    public List<string> RsaPublicKeys { get; set; } = [];

    /// <summary>The claim holding the caller's organisation ODS code; a caller with it sees only that practice's patients.</summary>
    public string OrganisationClaim { get; set; } = "ods";

    /// <summary>Clock skew allowed on exp/nbf.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    public bool HasKeys => SymmetricKeys.Count > 0 || RsaPublicKeys.Count > 0;

    /// <summary>The mode after Auto is resolved.</summary>
    public FhirAuthMode EffectiveMode => Mode == FhirAuthMode.Auto ? (HasKeys ? FhirAuthMode.Jwt : FhirAuthMode.Development) : Mode;
}

public enum FhirAuthMode
{
    Auto,
    Jwt,
    Development,
}
