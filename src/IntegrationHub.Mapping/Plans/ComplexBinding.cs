using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>A datatype map (e.g. <c>XPN[HumanName]</c>) applied to a new element that is attached only when it got content.</summary>
internal sealed class ComplexBinding<TRoot, TChild>(DatatypePlan plan, Action<TRoot, TChild> setter, Func<TChild> create) : Binding
    where TRoot : class
    where TChild : class
{
    public override bool Apply(object target, Hl7Element value, MappingContext context)
    {
        var child = create();
        if (plan.Apply(child, value, context) == 0)
        {
            return false;
        }

        setter((TRoot)target, child);
        return true;
    }
}
