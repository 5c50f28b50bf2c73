namespace IntegrationHub.Fhir;

/// <summary>FHIR id: <c>[A-Za-z0-9\-\.]{1,64}</c>.</summary>
internal sealed class FhirIdConverter : FhirFormattedStringConverter
{
    private const int MaxLength = 64;

    protected override string FhirType => "id (1 to 64 letters, digits, '-' or '.')";

    protected override bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
