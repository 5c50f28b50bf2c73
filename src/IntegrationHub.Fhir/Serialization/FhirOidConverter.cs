namespace IntegrationHub.Fhir;

/// <summary>FHIR oid: <c>urn:oid:[0-2](\.(0|[1-9][0-9]*))+</c>.</summary>
internal sealed class FhirOidConverter : FhirFormattedStringConverter
{
    private const string Prefix = "urn:oid:";

    protected override string FhirType => "oid";

    protected override bool IsValid(ReadOnlySpan<char> value)
    {
        if (!value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = value[Prefix.Length..];
        if (rest.Length < 3 || rest[0] is < '0' or > '2')
        {
            return false;
        }

        var i = 1;
        var arcs = 0;
        while (i < rest.Length)
        {
            if (rest[i] != '.' || i + 1 >= rest.Length || !char.IsAsciiDigit(rest[i + 1]))
            {
                return false;
            }

            var start = ++i;
            while (i < rest.Length && char.IsAsciiDigit(rest[i]))
            {
                i++;
            }

            if (rest[start] == '0' && i - start > 1)
            {
                return false;
            }

            arcs++;
        }

        return arcs > 0;
    }
}
