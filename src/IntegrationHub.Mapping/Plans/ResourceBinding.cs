using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// A datatype map that makes a resource (e.g. <c>XCN[Practitioner]</c>, <c>PL[Location]</c>) for a
/// Reference element: the resource gets a deterministic id from its identifier (or, without one, from
/// the sender and the v2 value), joins the Bundle once, and the element references its entry.
/// </summary>
internal sealed class ResourceBinding<TRoot, TResource>(DatatypePlan plan, Action<TRoot, Reference> setter, string typeName, Func<TResource> create) : Binding
    where TRoot : class
    where TResource : Resource
{
    public override bool Apply(object target, Hl7Element value, MappingContext context)
    {
        var resource = create();
        if (plan.Apply(resource, value, context) == 0)
        {
            return false;
        }

        resource.Id = ResourceIds.ForIdentified(resource) ?? FhirId.FromKey(typeName + "|" + context.SenderScope, value.ToString());
        var kept = context.AddShared(resource);
        setter((TRoot)target, new Reference { ReferenceValue = "urn:uuid:" + kept.Id, Type = typeName });
        return true;
    }
}
