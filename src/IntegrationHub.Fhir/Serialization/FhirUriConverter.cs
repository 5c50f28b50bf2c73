namespace IntegrationHub.Fhir;

/// <summary>FHIR uri, url and canonical: <c>\S*</c>, no whitespace anywhere.</summary>
internal sealed class FhirUriConverter : FhirFormattedStringConverter
{
    protected override string FhirType => "uri";

    protected override bool IsValid(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
