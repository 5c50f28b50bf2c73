namespace IntegrationHub.Fhir;

/// <summary>FHIR uuid: <c>urn:uuid:</c> and a lower-case 8-4-4-4-12 hex UUID.</summary>
internal sealed class FhirUuidConverter : FhirFormattedStringConverter
{
    private const string Prefix = "urn:uuid:";

    protected override string FhirType => "uuid";

    protected override bool IsValid(ReadOnlySpan<char> value)
    {
        if (!value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var uuid = value[Prefix.Length..];
        if (uuid.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < uuid.Length; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? uuid[i] != '-' : !(char.IsAsciiDigit(uuid[i]) || uuid[i] is >= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }
}
