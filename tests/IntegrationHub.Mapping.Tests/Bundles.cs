using IntegrationHub.Fhir;

namespace IntegrationHub.Mapping.Tests;

/// <summary>Finding resources in a mapped Bundle.</summary>
internal static class Bundles
{
    public static List<T> All<T>(this Bundle bundle)
        where T : Resource
    {
        var found = new List<T>();
        foreach (var entry in bundle.Entry!)
        {
            if (entry.Resource is T typed)
            {
                found.Add(typed);
            }
        }

        return found;
    }

    public static T One<T>(this Bundle bundle)
        where T : Resource => Assert.Single(bundle.All<T>());

    public static T Resolve<T>(this Bundle bundle, Reference reference)
        where T : Resource
    {
        var entry = Assert.Single(bundle.Entry!, e => e.FullUrl == reference.ReferenceValue);
        return Assert.IsType<T>(entry.Resource);
    }

    public static byte[] Message(string text) =>
        System.Text.Encoding.UTF8.GetBytes(text.Replace("\r\n", "\r", StringComparison.Ordinal).Replace('\n', '\r'));
}
