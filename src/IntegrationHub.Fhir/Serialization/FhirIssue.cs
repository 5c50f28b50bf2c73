namespace IntegrationHub.Fhir;

/// <summary>
/// One problem found while reading FHIR JSON: bad input is data, and each issue becomes one
/// <c>OperationOutcome.issue</c> (see <see cref="OperationOutcome.FromIssues"/>).
/// </summary>
/// <param name="Severity">How bad it is; reader errors are <see cref="IssueSeverity.Error"/>.</param>
/// <param name="Code">The FHIR issue type, e.g. <see cref="IssueType.Structure"/> for an unknown element.</param>
/// <param name="Expression">Where: a FHIRPath-style location such as <c>Patient.name[0].given</c>.</param>
/// <param name="Message">What is wrong, in words; never contains the offending resource beyond the bad token.</param>
public sealed record FhirIssue(IssueSeverity Severity, IssueType Code, string Expression, string Message);
