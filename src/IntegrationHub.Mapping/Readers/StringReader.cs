using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>ST/ID/IS text as a FHIR string (or code); with a vocabulary, listed codes are translated.</summary>
internal sealed class StringReader(Vocabulary? vocabulary) : ValueReader<string>
{
    public override bool TryRead(Hl7Element value, MappingContext context, out string result)
    {
        var leaf = Leaf(value);
        if (!leaf.HasValue)
        {
            result = string.Empty;
            return false;
        }

        if (vocabulary?.Find(leaf.Raw) is { } entry)
        {
            result = entry.Code;
            return true;
        }

        result = leaf.ToString().Trim();
        return result.Length > 0;
    }
}
