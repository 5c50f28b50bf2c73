namespace IntegrationHub.Records.Searching;

/// <summary>
/// The _include / _revinclude side of a search page, store-independent: which requests there are and which found
/// resources are new to the page (a resource appears once, as a match or as an include).
/// </summary>
internal sealed class IncludedResources
{
    /// <summary>Most resources one _revinclude may add to a page: a bound, so one page can never pull a whole database.</summary>
    public const int RevIncludeLimit = 1000;

    private readonly HashSet<(string, string)> _seen = [];

    public IncludedResources(List<StoredResource> matches)
    {
        MatchIds = new string[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            _seen.Add((matches[i].ResourceType, matches[i].Id));
            MatchIds[i] = matches[i].Id;
        }
    }

    /// <summary>The ids of the page's matches.</summary>
    public string[] MatchIds { get; }

    /// <summary>What the page includes, in the order found.</summary>
    public List<StoredResource> Included { get; } = [];

    /// <summary>Whether the search asks for anything beyond its matches (and has matches to start from).</summary>
    public static bool Wanted(SearchQuery query, List<StoredResource> matches) => matches.Count > 0 && (query.Include.Count > 0 || query.RevInclude.Count > 0);

    /// <summary>The parameter of an <c>_include</c> (<c>Type:param</c>).</summary>
    public static string IncludeParam(string include) => include[(include.IndexOf(':', StringComparison.Ordinal) + 1)..];

    /// <summary>The type and parameter of a <c>_revinclude</c> (<c>Type:param</c>).</summary>
    public static (string Type, string Param) RevIncludeOf(string revInclude)
    {
        var colon = revInclude.IndexOf(':', StringComparison.Ordinal);
        return (revInclude[..colon], revInclude[(colon + 1)..]);
    }

    /// <summary>Whether a parameter is the patient compartment itself (answered from patient_id, not the index).</summary>
    public static bool IsCompartment(string param) => param is "patient" or "subject";

    /// <summary>The matches as reference targets (<c>Type/id</c>) for a _revinclude through the index.</summary>
    public string[] MatchTargets(string resourceType)
    {
        var targets = new string[MatchIds.Length];
        for (var i = 0; i < MatchIds.Length; i++)
        {
            targets[i] = resourceType + "/" + MatchIds[i];
        }

        return targets;
    }

    public void AddUnseen(List<StoredResource> found)
    {
        foreach (var resource in found)
        {
            if (_seen.Add((resource.ResourceType, resource.Id)))
            {
                Included.Add(resource);
            }
        }
    }
}
