using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 OperationOutcome resource: Information about the success/failure of an action.</summary>
public sealed partial class OperationOutcome : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.OperationOutcome;

    /// <summary>A single issue associated with the action (required).</summary>
    public required List<OperationOutcomeIssue> Issue { get; set; }
}
