using System.Text.Json;

namespace IntegrationHub.Records.Indexing;

/// <summary>
/// Finds the references a resource makes to shared resources (practitioners, organisations, locations,
/// medications), wherever they sit in it, by scanning its JSON once. They are indexed (parameter <c>_shared</c>)
/// so that $everything can add them with an index join instead of searching every resource's text.
/// </summary>
internal static class SharedReferences
{
    public const string Param = "_shared";

    public static void Add(ReadOnlySpan<byte> json, List<IndexEntry> entries)
    {
        var reader = new Utf8JsonReader(json);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("reference"u8) || !reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                continue;
            }

            if (!IsShared(reader.ValueSpan))
            {
                continue;
            }

            var value = reader.GetString()!;
            if (seen.Add(value))
            {
                entries.Add(new IndexEntry(IndexKind.Reference, Param, null, value));
            }
        }
    }

    private static bool IsShared(ReadOnlySpan<byte> value)
        => value.StartsWith("Organization/"u8) || value.StartsWith("Practitioner/"u8) || value.StartsWith("PractitionerRole/"u8)
           || value.StartsWith("Location/"u8) || value.StartsWith("Medication/"u8);
}
