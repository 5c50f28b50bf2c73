namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="FhirInstant"/> exactly as its text.</summary>
internal sealed class FhirInstantConverter : FhirTextConverter<FhirInstant>
{
    protected override string FhirType => "instant";

    protected override bool TryCreate(string text, out FhirInstant value) => FhirInstant.TryParse(text, out value);

    protected override string? GetText(FhirInstant value) => value.Text;
}
