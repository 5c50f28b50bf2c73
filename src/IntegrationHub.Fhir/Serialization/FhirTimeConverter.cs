namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="FhirTime"/> exactly as its text.</summary>
internal sealed class FhirTimeConverter : FhirTextConverter<FhirTime>
{
    protected override string FhirType => "time";

    protected override bool TryCreate(string text, out FhirTime value) => FhirTime.TryParse(text, out value);

    protected override string? GetText(FhirTime value) => value.Text;
}
