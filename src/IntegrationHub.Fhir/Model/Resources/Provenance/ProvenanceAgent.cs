namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Provenance.agent element: Actor involved.</summary>
public sealed class ProvenanceAgent : BackboneElement
{
    /// <summary>How the agent participated.</summary>
    public CodeableConcept? Type { get; set; }

    /// <summary>What the agents role was.</summary>
    public List<CodeableConcept>? Role { get; set; }

    /// <summary>Who participated (required).</summary>
    public required Reference Who { get; set; }

    /// <summary>Who the agent is representing.</summary>
    public Reference? OnBehalfOf { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Type is not { IsEmpty: false }
        && FhirContent.NoElements(Role)
        && Who is not { IsEmpty: false }
        && OnBehalfOf is not { IsEmpty: false };
}
