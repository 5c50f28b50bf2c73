using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Applying;

/// <summary>
/// Collects the records the master patient index finds for one Patient's identifiers and picks: the record of its
/// NHS number, and a per-sender record found by a local identifier.
/// </summary>
internal sealed class PatientMatch(string? nhsNumber)
{
    public string? ByNhs { get; private set; }

    public string? ByLocal { get; private set; }

    /// <summary>One index row: an identifier's system, the record it belongs to and that record's NHS number.</summary>
    public void Consider(string system, string recordId, string? recordNhs)
    {
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
        var match = await FollowMergesAsync(ByNhs ?? ByLocal ?? ownId, replacedBy);
        string? unlinked = null;
        if (ByNhs is not null && ByLocal is not null)
        {
            unlinked = await FollowMergesAsync(ByLocal, replacedBy);
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
