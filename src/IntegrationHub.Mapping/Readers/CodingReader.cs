using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>CWE/IS as a single Coding (the first coding of <see cref="CodeableConceptReader"/>).</summary>
internal sealed class CodingReader(Vocabulary? codes, Vocabulary systems) : ValueReader<Coding>
{
    private readonly CodeableConceptReader _concept = new(codes, systems);

    public override bool TryRead(Hl7Element value, MappingContext context, out Coding result)
    {
        if (_concept.TryRead(value, context, out var concept) && concept.Coding is [var first, ..])
        {
            result = first;
            return true;
        }

        result = null!;
        return false;
    }
}
