using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>Writes one v2 value into a FHIR element of a target object; true when something was written.</summary>
internal abstract class Binding
{
    public abstract bool Apply(object target, Hl7Element value, MappingContext context);
}
