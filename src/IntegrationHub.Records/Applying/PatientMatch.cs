using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Applying;

/// <summary>
/// Collects the records the master patient index finds for one Patient's identifiers and picks: the record of its
/// NHS number, and a per-sender record found by a local identifier.
/// </summary>
internal sealed class PatientMatch(string? nhsNumber)
{
    // What the index rows said each found record was replaced by (null: it survives), so following a found record's
    // merges costs no further query.
    private readonly Dictionary<string, string?> _replacedBy = new(StringComparer.Ordinal);

    public string? ByNhs { get; private set; }

    public string? ByLocal { get; private set; }

    /// <summary>
    /// One index row: an identifier's system, the record it belongs to, that record's NHS number and the record it was
    /// merged into, if any.
    /// </summary>
    public void Consider(string system, string recordId, string? recordNhs, string? recordReplacedBy)
    {
        _replacedBy[recordId] = recordReplacedBy;
        if (system == FhirSystems.NhsNumber)
        {
            ByNhs = recordId;
        }
        else if (recordNhs is null || nhsNumber is null || recordNhs == nhsNumber)
        {
            // A local identifier of a record with a different NHS number is a sender's error; never join them.
            // Prefer a record without an NHS number: that is the per-sender one to link.
            if (ByLocal is null || recordNhs is null)
            {
                ByLocal = recordId;
            }
        }
    }

    /// <summary>
    /// The record this Patient is (its NHS number's, else a local identifier's, else a new one under
    /// <paramref name="ownId"/>) and, when found by NHS number, a per-sender record to link; merged-away records
    /// are followed to their survivor.
    /// </summary>
    public async Task<(string RecordId, string? Unlinked)> DecideAsync(string ownId, Func<string, Task<string?>> replacedBy)
    {
        Func<string, Task<string?>> known = id => _replacedBy.TryGetValue(id, out var next) ? Task.FromResult(next) : replacedBy(id);
        var match = await FollowMergesAsync(ByNhs ?? ByLocal ?? ownId, known);
        string? unlinked = null;
        if (ByNhs is not null && ByLocal is not null && ByLocal != ByNhs)
        {
            unlinked = await FollowMergesAsync(ByLocal, known);
            if (unlinked == match)
            {
                unlinked = null;
            }
        }

        return (match, unlinked);
    }

    /// <summary>Follows replaced-by links from a record to the one that survives it.</summary>
    public static async Task<string> FollowMergesAsync(string id, Func<string, Task<string?>> replacedBy)
    {
        // Bounded: a merge chain is short, and a cycle (a sender merging back and forth) must not hang the consumer.
        for (var hop = 0; hop < 8; hop++)
        {
            if (await replacedBy(id) is not { } next)
            {
                return id;
            }

            id = next;
        }

        return id;
    }
}
