using System.Reflection;
using System.Text.Json.Serialization;
using IntegrationHub.Fhir;

namespace IntegrationHub.Mapping;

/// <summary>
/// The FHIR model seen by the loader: element names (as written in JSON) to CLR properties. Reflection
/// is used here, once, at load time; the compiled setters never reflect.
/// </summary>
internal static class FhirModel
{
    private static readonly Dictionary<string, Type> Types = LoadTypes();
    private static readonly Dictionary<Type, Dictionary<string, PropertyInfo>> Properties = [];
    private static readonly Lock PropertiesLock = new();

    /// <summary>A resource, datatype or backbone type by its FHIR (class) name, e.g. <c>Patient</c>, <c>HumanName</c>, <c>EncounterLocation</c>.</summary>
    public static Type? FindType(string name) => Types.GetValueOrDefault(name);

    public static bool IsResource(Type type) => typeof(Resource).IsAssignableFrom(type) && !type.IsAbstract;

    /// <summary>The property for FHIR element <paramref name="element"/> of <paramref name="type"/>, or null.</summary>
    public static PropertyInfo? FindElement(Type type, string element)
    {
        lock (PropertiesLock)
        {
            if (!Properties.TryGetValue(type, out var map))
            {
                map = new Dictionary<string, PropertyInfo>(StringComparer.Ordinal);
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetCustomAttribute<JsonIgnoreAttribute>() is not null || !property.CanWrite)
                    {
                        continue;
                    }

                    var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonName(property.Name);
                    if (name.StartsWith('_'))
                    {
                        continue;
                    }

                    map[name] = property;
                }

                Properties[type] = map;
            }

            return map.GetValueOrDefault(element);
        }
    }

    /// <summary>The item type of <c>List&lt;T&gt;</c>, or null when <paramref name="type"/> is not a list.</summary>
    public static Type? ListItem(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    /// <summary><paramref name="type"/> without <see cref="Nullable{T}"/>.</summary>
    public static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static string JsonName(string property) => char.ToLowerInvariant(property[0]) + property[1..];

    private static Dictionary<string, Type> LoadTypes()
    {
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in typeof(Resource).Assembly.GetExportedTypes())
        {
            if (type.Namespace == "IntegrationHub.Fhir" && !type.IsAbstract && type.IsClass
                && (typeof(Resource).IsAssignableFrom(type) || typeof(Element).IsAssignableFrom(type)))
            {
                types[type.Name] = type;
            }
        }

        return types;
    }
}
