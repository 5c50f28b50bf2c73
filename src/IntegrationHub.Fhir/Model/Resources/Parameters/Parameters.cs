using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Parameters resource: Operation Request or Response.</summary>
public sealed class Parameters : Resource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Parameters;

    /// <summary>Operation Parameter.</summary>
    public List<ParametersParameter>? Parameter { get; set; }
}
