using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 OperationOutcome.issue element: A single issue associated with the action.</summary>
public sealed class OperationOutcomeIssue : BackboneElement
{
    /// <summary>fatal | error | warning | information (required).</summary>
    public required IssueSeverity Severity { get; set; }
    [JsonPropertyName("_severity")] public PrimitiveElement? SeverityElement { get; set; }

    /// <summary>Error or warning code (required).</summary>
    public required IssueType Code { get; set; }
    [JsonPropertyName("_code")] public PrimitiveElement? CodeElement { get; set; }

    /// <summary>Additional details about the error.</summary>
    public CodeableConcept? Details { get; set; }

    /// <summary>Additional diagnostic information about the issue.</summary>
    public string? Diagnostics { get; set; }
    [JsonPropertyName("_diagnostics")] public PrimitiveElement? DiagnosticsElement { get; set; }

    /// <summary>Deprecated: Path of element(s) related to issue.</summary>
    public List<string>? Location { get; set; }
    [JsonPropertyName("_location")] public List<PrimitiveElement?>? LocationElement { get; set; }

    /// <summary>FHIRPath of element(s) related to issue.</summary>
    public List<string>? Expression { get; set; }
    [JsonPropertyName("_expression")] public List<PrimitiveElement?>? ExpressionElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
