using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>A typed reader and a compiled setter: no reflection, no boxing on the hot path.</summary>
internal sealed class PrimitiveBinding<TRoot, TValue>(ValueReader<TValue> reader, Action<TRoot, TValue> setter) : Binding
    where TRoot : class
{
    public override bool Apply(object target, Hl7Element value, MappingContext context)
    {
        if (!reader.TryRead(value, context, out var result))
        {
            return false;
        }

        setter((TRoot)target, result);
        return true;
    }
}
