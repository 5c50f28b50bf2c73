using System.Collections;
using System.Collections.Concurrent;

namespace IntegrationHub.Fhir;

/// <summary>
/// Rewrites literal references (<c>Reference.reference</c>) in place, wherever the model can hold one: nested
/// datatypes, backbone elements, extensions (also on primitives), choice values, contained resources and Bundle
/// entries. The walk follows the serializer's metadata, so it knows exactly the elements the JSON does and needs no
/// list of reference paths to keep up to date.
/// </summary>
/// <remarks>
/// A message Bundle points its entries at each other by <c>urn:uuid</c> fullUrls; a record needs <c>Type/id</c>.
/// Rewriting the parsed resources costs a walk of the tree; the alternative, replacing text in the JSON and parsing
/// it again, cost the care record a sixth of its CPU.
/// </remarks>
public static class FhirReferences
{
    // Per model type: the getters of the properties that can hold an element or a resource (directly or in a list).
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> ChildGetters = new();

    /// <summary>
    /// Replaces every reference of <paramref name="root"/> (itself included, if it is a <see cref="Reference"/>) that is
    /// a key of <paramref name="targets"/> by that key's value; other references are left as they are.
    /// </summary>
    /// <returns>How many references were replaced.</returns>
    public static int Rewrite(object root, IReadOnlyDictionary<string, string> targets)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(targets);
        return targets.Count == 0 ? 0 : Visit(root, targets);
    }

    private static int Visit(object node, IReadOnlyDictionary<string, string> targets)
    {
        var replaced = 0;
        if (node is Reference { ReferenceValue: { } value } reference && targets.TryGetValue(value, out var target))
        {
            reference.ReferenceValue = target;
            replaced++;
        }

        foreach (var get in GettersOf(node.GetType()))
        {
            switch (get(node))
            {
                case null:
                    break;
                case IList list:
                    foreach (var item in list)
                    {
                        if (item is not null)
                        {
                            replaced += Visit(item, targets);
                        }
                    }

                    break;
                case var child:
                    replaced += Visit(child, targets);
                    break;
            }
        }

        return replaced;
    }

    private static Func<object, object?>[] GettersOf(Type type) => ChildGetters.GetOrAdd(type, static type =>
    {
        var getters = new List<Func<object, object?>>();
        foreach (var property in FhirJson.Options.GetTypeInfo(type).Properties)
        {
            if (property.Get is { } get && MayHoldElements(property.PropertyType))
            {
                getters.Add(get);
            }
        }

        return [.. getters];
    });

    private static bool MayHoldElements(Type type) =>
        typeof(Element).IsAssignableFrom(type)
        || typeof(Resource).IsAssignableFrom(type)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) && MayHoldElements(type.GetGenericArguments()[0]));
}
