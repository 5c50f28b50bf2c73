namespace IntegrationHub.Records.Api;

/// <summary>
/// Who is calling and what the token allows: SMART-style scopes (<c>system|user|patient/Type|*.read|write|*</c>),
/// an optional organisation (GP practice ODS code) that limits the caller to that practice's registered patients,
/// and for <c>patient/</c> scopes the one patient the token is for.
/// </summary>
internal sealed class FhirCaller
{
    private readonly HashSet<string> _scopes;

    public FhirCaller(string subject, string? organisation, string? patient, IEnumerable<string> scopes)
    {
        Subject = subject;
        Organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation;
        Patient = string.IsNullOrWhiteSpace(patient) ? null : patient;
        _scopes = new HashSet<string>(scopes, StringComparer.Ordinal);
    }

    /// <summary>The token's subject (a system or user id), or <c>development</c> for an unauthenticated local caller.</summary>
    public string Subject { get; }

    public string? Organisation { get; }

    /// <summary>The patient of a <c>patient/</c> scoped token; such a caller sees only this patient's compartment.</summary>
    public string? Patient { get; private set; }

    /// <summary>True when the caller is limited to some patients (an organisation or one patient).</summary>
    public bool IsRestricted => Organisation is not null || Patient is not null;

    public static FhirCaller Development() => new("development", null, null, ["system/*.*"]);

    public bool CanRead(string resourceType) => Allows(resourceType, "read");

    public bool CanWrite(string resourceType) => Allows(resourceType, "write");

    private bool Allows(string resourceType, string access)
    {
        var patientScoped = false;
        foreach (var scope in _scopes)
        {
            var slash = scope.IndexOf('/', StringComparison.Ordinal);
            var dot = scope.LastIndexOf('.');
            if (slash <= 0 || dot <= slash)
            {
                continue;
            }

            var context = scope[..slash];
            var type = scope[(slash + 1)..dot];
            var right = scope[(dot + 1)..];
            if (context is not ("system" or "user" or "patient") || (type != "*" && type != resourceType) || (right != "*" && right != access))
            {
                continue;
            }

            if (context != "patient")
            {
                return true;
            }

            patientScoped = true;
        }

        // Only patient/ scopes match: allowed when the token names its patient, and then limited to that patient.
        return patientScoped && Patient is not null;
    }
}
