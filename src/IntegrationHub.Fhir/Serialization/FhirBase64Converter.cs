namespace IntegrationHub.Fhir;

/// <summary>FHIR base64Binary: base64 in groups of four characters, whitespace allowed between groups.</summary>
internal sealed class FhirBase64Converter : FhirFormattedStringConverter
{
    protected override string FhirType => "base64Binary";

    protected override bool IsValid(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '/' or '='))
            {
                return false;
            }

            count++;
        }

        return count > 0 && count % 4 == 0;
    }
}
