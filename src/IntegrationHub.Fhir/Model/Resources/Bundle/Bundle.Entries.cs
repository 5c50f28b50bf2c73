namespace IntegrationHub.Fhir;

/// <summary>Entry helpers: every entry gets a <c>urn:uuid:</c> fullUrl so entries can reference each other.</summary>
public sealed partial class Bundle
{
    private const string UuidScheme = "urn:uuid:";

    /// <summary>
    /// A message Bundle whose first entry is <paramref name="header"/>, as R4 requires
    /// (bdl-9/bdl-10: message bundles need a MessageHeader first, an identifier and a timestamp).
    /// </summary>
    public static Bundle CreateMessage(MessageHeader header, Identifier identifier, FhirInstant timestamp)
    {
        ArgumentNullException.ThrowIfNull(header);
        var bundle = new Bundle { Type = BundleType.Message, Identifier = identifier, Timestamp = timestamp };
        bundle.AddEntry(header);
        return bundle;
    }

    /// <summary>
    /// Adds <paramref name="resource"/> with fullUrl <c>urn:uuid:{id}</c>. The id must be a UUID
    /// (as <see cref="FhirId.FromKey"/> makes); a resource without an id gets a new version 7 UUID.
    /// </summary>
    public BundleEntry AddEntry(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        resource.Id ??= Guid.CreateVersion7().ToString("D");
        if (!Guid.TryParseExact(resource.Id, "D", out _))
        {
            throw new ArgumentException("The resource id is not a UUID; use AddEntry(resource, fullUrl).", nameof(resource));
        }

        return AddEntry(resource, UuidScheme + resource.Id.ToLowerInvariant());
    }

    /// <summary>Adds <paramref name="resource"/> with an explicit absolute <paramref name="fullUrl"/>.</summary>
    public BundleEntry AddEntry(Resource resource, string fullUrl)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentException.ThrowIfNullOrEmpty(fullUrl);
        var entry = new BundleEntry { FullUrl = fullUrl, Resource = resource };
        (Entry ??= []).Add(entry);
        return entry;
    }
}
