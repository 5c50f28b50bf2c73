namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="FhirDate"/> exactly as its text.</summary>
internal sealed class FhirDateConverter : FhirTextConverter<FhirDate>
{
    protected override string FhirType => "date";

    protected override bool TryCreate(string text, out FhirDate value) => FhirDate.TryParse(text, out value);

    protected override string? GetText(FhirDate value) => value.Text;
}
