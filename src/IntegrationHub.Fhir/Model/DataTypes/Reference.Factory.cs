namespace IntegrationHub.Fhir;

/// <summary>Building references from resources and Bundle entries.</summary>
public sealed partial class Reference
{
    /// <summary>A relative reference <c>Type/id</c>; the resource must have an id.</summary>
    public static Reference To(Resource resource, string? display = null)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentException.ThrowIfNullOrEmpty(resource.Id, nameof(resource));
        var type = FhirCode.ToCode(resource.ResourceType);
        return new Reference { ReferenceValue = type + "/" + resource.Id, Type = type, Display = NullIfEmpty(display) };
    }

    /// <summary>A reference to an entry in the same Bundle by its fullUrl (e.g. <c>urn:uuid:…</c>).</summary>
    public static Reference To(BundleEntry entry, string? display = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.FullUrl, nameof(entry));
        var type = entry.Resource is { } resource ? FhirCode.ToCode(resource.ResourceType) : null;
        return new Reference { ReferenceValue = entry.FullUrl, Type = type, Display = NullIfEmpty(display) };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
