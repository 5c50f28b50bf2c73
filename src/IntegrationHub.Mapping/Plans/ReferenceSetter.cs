using IntegrationHub.Fhir;

namespace IntegrationHub.Mapping;

/// <summary>Sets a Reference element through a setter compiled at load time.</summary>
internal abstract class ReferenceSetter
{
    public abstract void Set(Resource resource, Reference reference);
}

/// <summary>The typed <see cref="ReferenceSetter"/>.</summary>
internal sealed class ReferenceSetter<TResource>(Action<TResource, Reference> setter) : ReferenceSetter
    where TResource : Resource
{
    public override void Set(Resource resource, Reference reference) => setter((TResource)resource, reference);
}
