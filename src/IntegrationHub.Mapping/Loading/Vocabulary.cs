using System.Text;

namespace IntegrationHub.Mapping;

/// <summary>
/// A vocabulary map (file under <c>vocabulary/</c>): v2 code to FHIR code, with an optional system and
/// display. A row with v2 code <c>*</c> gives the system for codes the table does not list (for an
/// assigning-authority table: the system template for authorities it does not list).
/// Lookups compare bytes, so the hot path makes no strings to find a code.
/// </summary>
internal sealed class Vocabulary
{
    public static readonly IReadOnlyList<string> Columns = ["v2", "fhir", "system", "display"];

    private readonly VocabularyEntry[] _entries;

    public Vocabulary(string name, string file, IReadOnlyList<VocabularyEntry> entries, string? defaultSystem)
    {
        Name = name;
        File = file;
        _entries = [.. entries];
        DefaultSystem = defaultSystem;
    }

    public string Name { get; }

    public string File { get; }

    public IReadOnlyList<VocabularyEntry> Entries => _entries;

    /// <summary>The system for codes not listed (the <c>*</c> row), if any.</summary>
    public string? DefaultSystem { get; }

    public VocabularyEntry? Find(ReadOnlySpan<byte> code)
    {
        foreach (var entry in _entries)
        {
            if (code.SequenceEqual(entry.Key))
            {
                return entry;
            }
        }

        return null;
    }

    public VocabularyEntry? Find(string code) => Find(Encoding.UTF8.GetBytes(code));

    public static Vocabulary Read(MapTable table, MapProblems problems)
    {
        var entries = new List<VocabularyEntry>();
        string? defaultSystem = null;
        foreach (var row in table.Rows)
        {
            if (row[0] == "*")
            {
                // First one wins: a sender profile's rows come before the defaults' (see MapSources).
                if (row[2].Length > 0 && !IsUri(row[2]))
                {
                    problems.Add(row, $"system '{row[2]}' is not an absolute URI");
                }

                defaultSystem ??= NullIfEmpty(row[2]);

                continue;
            }

            if (row[0].Length == 0 || row[1].Length == 0)
            {
                problems.Add(row, "a vocabulary row needs a v2 code and a FHIR code");
                continue;
            }

            if (row[2].Length > 0 && !IsUri(row[2]))
            {
                problems.Add(row, $"system '{row[2]}' is not an absolute URI");
                continue;
            }

            entries.Add(new VocabularyEntry(Encoding.UTF8.GetBytes(row[0]), row[0], row[1], NullIfEmpty(row[2]), NullIfEmpty(row[3]), row));
        }

        return new Vocabulary(table.Name, table.File, entries, defaultSystem);
    }

    // A template such as https://fhir.{authority}.nhs.uk/Id/mrn is checked with a sample authority.
    private static bool IsUri(string text) =>
        Uri.TryCreate(text.Replace("{authority}", "x", StringComparison.Ordinal), UriKind.Absolute, out _);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

/// <summary>One vocabulary row.</summary>
internal sealed record VocabularyEntry(byte[] Key, string V2Code, string Code, string? System, string? Display, MapRow Row);
