namespace IntegrationHub.Fhir;

/// <summary>Building an OperationOutcome from reader or mapping issues, one issue for one issue.</summary>
public sealed partial class OperationOutcome
{
    /// <summary>
    /// One <c>issue</c> per <see cref="FhirIssue"/> (severity, code, diagnostics, expression). With
    /// no issues the outcome says "all OK" as an informational issue, because R4 requires at least one.
    /// </summary>
    public static OperationOutcome FromIssues(IReadOnlyList<FhirIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var list = new List<OperationOutcomeIssue>(Math.Max(issues.Count, 1));
        foreach (var issue in issues)
        {
            list.Add(CreateIssue(issue.Severity, issue.Code, issue.Message, issue.Expression));
        }

        if (list.Count == 0)
        {
            list.Add(CreateIssue(IssueSeverity.Information, IssueType.Informational, "All OK", null));
        }

        return new OperationOutcome { Issue = list };
    }

    /// <summary>An outcome with a single issue.</summary>
    public static OperationOutcome FromIssue(IssueSeverity severity, IssueType code, string diagnostics, string? expression = null)
        => new() { Issue = [CreateIssue(severity, code, diagnostics, expression)] };

    private static OperationOutcomeIssue CreateIssue(IssueSeverity severity, IssueType code, string? diagnostics, string? expression)
        => new()
        {
            Severity = severity,
            Code = code,
            Diagnostics = string.IsNullOrEmpty(diagnostics) ? null : diagnostics,
            Expression = string.IsNullOrEmpty(expression) ? null : [expression],
        };
}
