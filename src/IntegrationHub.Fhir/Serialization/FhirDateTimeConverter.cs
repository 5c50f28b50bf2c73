namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="FhirDateTime"/> exactly as its text.</summary>
internal sealed class FhirDateTimeConverter : FhirTextConverter<FhirDateTime>
{
    protected override string FhirType => "dateTime";

    protected override bool TryCreate(string text, out FhirDateTime value) => FhirDateTime.TryParse(text, out value);

    protected override string? GetText(FhirDateTime value) => value.Text;
}
