using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace IntegrationHub.Mapping;

/// <summary>
/// A checked FHIR element path such as <c>Encounter.hospitalization.dischargeDisposition</c> or
/// <c>Encounter.location[+].location</c>. On a list on the way, <c>[+]</c> appends a new item and
/// the default reuses the last one (creating it when the list is empty).
/// </summary>
internal sealed class ElementPath
{
    private ElementPath(string text, Type root, IReadOnlyList<ElementStep> steps)
    {
        Text = text;
        Root = root;
        Steps = steps;
        var leaf = steps[^1];
        LeafItemType = leaf.ItemType;
        LeafIsList = leaf.IsList;
    }

    public string Text { get; }

    public Type Root { get; }

    public IReadOnlyList<ElementStep> Steps { get; }

    /// <summary>The type one value of the leaf has: the list item type, or the property type without Nullable.</summary>
    public Type LeafItemType { get; }

    public bool LeafIsList { get; }

    /// <summary>Resolves <paramref name="text"/> whose first part must be <paramref name="root"/>'s name.</summary>
    public static bool TryParse(string text, Type root, [NotNullWhen(true)] out ElementPath? path, [NotNullWhen(false)] out string? problem)
    {
        path = null;
        var parts = text.Split('.');
        if (parts.Length < 2 || parts[0] != root.Name)
        {
            problem = $"FHIR element '{text}' must start with '{root.Name}.'";
            return false;
        }

        var steps = new List<ElementStep>();
        var current = root;
        for (var i = 1; i < parts.Length; i++)
        {
            var name = parts[i];
            var append = name.EndsWith("[+]", StringComparison.Ordinal);
            if (append)
            {
                name = name[..^3];
            }

            var property = FhirModel.FindElement(current, name);
            if (property is null)
            {
                problem = $"unknown FHIR element '{text}': {current.Name} has no element '{name}'";
                return false;
            }

            var item = FhirModel.ListItem(property.PropertyType);
            if (append && item is null)
            {
                problem = $"'[+]' on '{name}' in '{text}', which is not a list";
                return false;
            }

            var valueType = item ?? FhirModel.Underlying(property.PropertyType);
            steps.Add(new ElementStep(property, item is not null, valueType, append));
            if (i < parts.Length - 1 && (valueType.IsValueType || valueType == typeof(string)))
            {
                problem = $"unknown FHIR element '{text}': '{name}' is a primitive and has no children";
                return false;
            }

            current = valueType;
        }

        path = new ElementPath(text, root, steps);
        problem = null;
        return true;
    }
}

/// <summary>One step of an <see cref="ElementPath"/>.</summary>
internal sealed record ElementStep(PropertyInfo Property, bool IsList, Type ItemType, bool Append);
