namespace IntegrationHub.Fhir;

/// <summary>FHIR code without a required binding: <c>[^\s]+(\s[^\s]+)*</c> (no leading, trailing or repeated whitespace).</summary>
internal sealed class FhirCodeStringConverter : FhirFormattedStringConverter
{
    protected override string FhirType => "code";

    protected override bool IsValid(ReadOnlySpan<char> value)
    {
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]) && char.IsWhiteSpace(value[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
