using System.Security.Cryptography;
using IntegrationHub.Fhir;
using IntegrationHub.Records.Indexing;
using IntegrationHub.Records.Semantics;

namespace IntegrationHub.Records.Applying;

/// <summary>
/// The next version of a resource as both stores write it: its content hash (of the resource without meta, so an
/// event that changes nothing makes no new version), the stamped JSON, its compartment and its search index.
/// </summary>
internal sealed record NewVersion(string Type, string Id, int Version, byte[] Hash, string Json, string? PatientId, List<IndexEntry> Index)
{
    /// <summary>The version after <paramref name="currentVersion"/>, or null when the content equals the current (not deleted) one.</summary>
    /// <remarks>Sets <paramref name="resource"/>'s meta to the new version's.</remarks>
    public static NewVersion? Of(Resource resource, int? currentVersion, bool currentDeleted, byte[]? currentHash, ApplyContext context)
    {
        resource.Meta = null;
        var content = FhirJson.SerializeToUtf8Bytes(resource);
        var hash = SHA256.HashData(content);
        if (currentVersion is not null && !currentDeleted && currentHash is not null && hash.AsSpan().SequenceEqual(currentHash))
        {
            return null;
        }

        var version = (currentVersion ?? 0) + 1;
        resource.Meta = WriteRules.MetaFor(version, context);
        var index = SearchIndexer.Index(resource);
        SharedReferences.Add(content, index);
        return new NewVersion(FhirCode.ToCode(resource.ResourceType), resource.Id!, version, hash, FhirJson.Serialize(resource), ResourceFacts.CompartmentOf(resource), index);
    }
}
