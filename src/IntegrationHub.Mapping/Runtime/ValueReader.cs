using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>Reads one v2 value as a FHIR value of type <typeparamref name="T"/>; false when there is nothing to write.</summary>
internal abstract class ValueReader<T>
{
    public abstract bool TryRead(Hl7Element value, MappingContext context, out T result);

    /// <summary>The first leaf of a field, repetition or component: what a primitive v2 type reads.</summary>
    protected static Hl7Element Leaf(Hl7Element value) => value.SubComponent(1);
}
