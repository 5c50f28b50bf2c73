using System.Buffers.Text;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>NM/SI as a FHIR integer.</summary>
internal sealed class IntegerReader : ValueReader<int>
{
    public override bool TryRead(Hl7Element value, MappingContext context, out int result)
    {
        var leaf = Leaf(value);
        result = 0;
        if (!leaf.HasValue)
        {
            return false;
        }

        if (!Utf8Parser.TryParse(leaf.Raw, out result, out var consumed) || consumed != leaf.Raw.Length)
        {
            context.Warn(Hl7ErrorCode.DataTypeError, $"'{leaf.ToString()}' is not a whole number.");
            return false;
        }

        return true;
    }
}
