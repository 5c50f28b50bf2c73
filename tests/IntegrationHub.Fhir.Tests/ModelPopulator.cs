using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir.Tests;

/// <summary>
/// Fills every settable property of a model type with a deterministic value (by reflection, which is
/// fine in a test): one entry per list, an extension of every value[x] type wherever extensions
/// go, and choice elements rotating through their types. Used for exhaustive round trips; the
/// values are well-formed but not clinically meaningful, so the validator is not run on them.
/// </summary>
internal sealed class ModelPopulator
{
    private const int MaxDepth = 4;
    private static readonly Assembly Model = typeof(Resource).Assembly;

    private int _counter;

    public static IEnumerable<Type> ConcreteResourceTypes()
        => Model.GetTypes().Where(t => t.IsSubclassOf(typeof(Resource)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal);

    public static IEnumerable<Type> ConcreteElementTypes()
        => Model.GetTypes().Where(t => t.IsSubclassOf(typeof(Element)) && !t.IsAbstract && t.IsPublic).OrderBy(t => t.Name, StringComparer.Ordinal);

    public Resource CreateResource(Type type, int depth = 0) => (Resource)Fill(Activator.CreateInstance(type)!, depth);

    private object Fill(object target, int depth)
    {
        var type = target.GetType();
        var choiceGroups = ChoiceGroups(type);
        var chosen = choiceGroups.Select(g => g[_counter++ % g.Count]).ToHashSet(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true })
            {
                continue;
            }

            var group = choiceGroups.FirstOrDefault(g => g.Contains(property.Name));
            if (group is not null && !chosen.Contains(property.Name))
            {
                continue;
            }

            // Past the depth limit only required members and choices (some choices are required),
            // plus the id so that a required element is never empty.
            var required = group is not null || property.IsDefined(typeof(RequiredMemberAttribute));
            if (!required && depth >= MaxDepth && property.Name != nameof(Element.Id))
            {
                continue;
            }

            property.SetValue(target, MakeFor(property, depth + 1));
        }

        return target;
    }

    private object? Make(Type type, int depth, string name)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return Make(underlying, depth, name);
        }

        var n = ++_counter;
        if (type == typeof(string))
        {
            return name switch
            {
                "Div" => "<div xmlns=\"http://www.w3.org/1999/xhtml\">text " + n + "</div>",
                "Id" => "id-" + n,
                _ => $"{name}-{n} é \"q\" <b>",
            };
        }

        if (type == typeof(bool))
        {
            return n % 2 == 0;
        }

        if (type == typeof(int))
        {
            return n;
        }

        if (type == typeof(FhirDecimal))
        {
            return FhirDecimal.TryParse(n % 2 == 0 ? "12.50" : "-1.0e-3", out var value) ? value : default;
        }

        if (type == typeof(FhirDate))
        {
            return (n % 3) switch { 0 => new FhirDate(1968), 1 => new FhirDate(1968, 2), _ => new FhirDate(1968, 2, 29) };
        }

        if (type == typeof(FhirDateTime))
        {
            return FhirDateTime.Parse(n % 2 == 0 ? "2024-02" : "2024-02-29T13:45:30.125+01:00");
        }

        if (type == typeof(FhirInstant))
        {
            return FhirInstant.Parse("2024-02-29T13:45:30.5Z");
        }

        if (type == typeof(FhirTime))
        {
            return FhirTime.Parse("23:59:60");
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(n % values.Length);
        }

        if (type == typeof(Resource))
        {
            return depth >= MaxDepth ? new Organization { Id = "c" + n } : CreateResource(n % 2 == 0 ? typeof(Organization) : typeof(Patient), depth);
        }

        if (type == typeof(PrimitiveElement))
        {
            return new PrimitiveElement { Id = "pe" + n, Extension = [new Extension { Url = "https://example.org/pe", ValueCode = "c" + n }] };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return MakeList(type, depth, name);
        }

        return Fill(Activator.CreateInstance(type)!, depth);
    }

    private object? MakeFor(PropertyInfo property, int depth)
    {
        var format = property.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType?.Name;
        return format is null ? Make(property.PropertyType, depth, property.Name) : MakeFormatted(format);
    }

    // A value that satisfies the grammar a property-level converter checks.
    private object MakeFormatted(string converter)
    {
        var n = ++_counter;
        return converter switch
        {
            "FhirIdConverter" => "id-" + n,
            "FhirCodeStringConverter" => "code " + n,
            "FhirUriConverter" => "https://example.org/uri/" + n,
            "FhirOidConverter" => "urn:oid:1.2.826.0." + n,
            "FhirUuidConverter" => "urn:uuid:" + FhirId.FromKey("urn:test", n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "FhirBase64Converter" => "aGVsbG8=",
            "FhirPositiveIntConverter" or "FhirUnsignedIntConverter" => n,
            _ => throw new InvalidOperationException("No sample value for " + converter),
        };
    }

    private IList MakeList(Type type, int depth, string name)
    {
        var list = (IList)Activator.CreateInstance(type)!;
        var item = type.GetGenericArguments()[0];
        if (item == typeof(Extension) && depth <= 1)
        {
            // One extension per value[x] type, so every datatype the model has is written and read
            // (only near the root: deeper down it would multiply the size for no extra coverage).
            foreach (var property in typeof(Extension).GetProperties().Where(p => p.Name.StartsWith("Value", StringComparison.Ordinal)))
            {
                var extension = new Extension { Url = "https://example.org/" + property.Name };
                property.SetValue(extension, MakeFor(property, depth + 1));
                list.Add(extension);
            }

            return list;
        }

        list.Add(Make(item, depth, name));
        return list;
    }

    // Choice element [x] groups: each private ChoiceValue field _x owns the properties named X + type.
    private static List<List<string>> ChoiceGroups(Type type)
    {
        var groups = new List<List<string>>();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        foreach (var field in type.GetFields(BindingFlags.NonPublic | BindingFlags.Instance).Where(f => f.FieldType.Name == "ChoiceValue"))
        {
            var prefix = char.ToUpperInvariant(field.Name[1]) + field.Name[2..];
            groups.Add(properties.Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal) && p.Name.Length > prefix.Length && char.IsUpper(p.Name[prefix.Length]) && !p.Name.EndsWith("Element", StringComparison.Ordinal))
                .Select(p => p.Name).ToList());
        }

        return groups;
    }
}
