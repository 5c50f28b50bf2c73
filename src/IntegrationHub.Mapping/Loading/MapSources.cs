namespace IntegrationHub.Mapping;

/// <summary>
/// The mapping files of one profile: the defaults, with a sender profile's files layered over them. A
/// profile's message, segment and datatype map replaces the default of the same name (or adds one, e.g.
/// a Z-segment map); a profile's vocabulary is read before the default of the same name, so its local
/// codes win and the rest still apply.
/// </summary>
internal sealed class MapSources
{
    public static readonly IReadOnlyList<string> MapColumns = ["v2", "type", "fhir", "map", "vocabulary"];
    public static readonly IReadOnlyList<string> MessageColumns = ["segment", "resource", "map", "occurrences", "focus", "links"];
    public static readonly IReadOnlyList<string> EventColumns = ["message", "event", "map"];
    public static readonly IReadOnlyList<string> SettingColumns = ["setting", "value"];

    public Dictionary<string, MapTable> Messages { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, MapTable> Segments { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, MapTable> Datatypes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, MapTable> Vocabularies { get; } = new(StringComparer.Ordinal);

    public List<MapTable> Events { get; } = [];

    /// <summary>Reads the files under <paramref name="directory"/> over what is already there.</summary>
    public void Overlay(string directory, string root, MapProblems problems)
    {
        ReadFolder(directory, "messages", root, MessageColumns, Messages, problems, skip: "events.csv");
        ReadFolder(directory, "segments", root, MapColumns, Segments, problems);
        ReadFolder(directory, "datatypes", root, MapColumns, Datatypes, problems);
        ReadFolder(directory, "vocabulary", root, Vocabulary.Columns, Vocabularies, problems, layer: true);
        var events = Path.Combine(directory, "messages", "events.csv");
        if (File.Exists(events))
        {
            Events.Add(MapTable.Read(events, Display(events, root), EventColumns, problems));
        }
    }

    public MapSources Clone()
    {
        var copy = new MapSources();
        Copy(Messages, copy.Messages);
        Copy(Segments, copy.Segments);
        Copy(Datatypes, copy.Datatypes);
        Copy(Vocabularies, copy.Vocabularies);
        copy.Events.AddRange(Events);
        return copy;
    }

    public static string Display(string path, string root) =>
        Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)), Path.GetRelativePath(root, path));

    private static void Copy(Dictionary<string, MapTable> from, Dictionary<string, MapTable> to)
    {
        foreach (var (key, value) in from)
        {
            to[key] = value;
        }
    }

    private static void ReadFolder(string directory, string folder, string root, IReadOnlyList<string> columns, Dictionary<string, MapTable> into, MapProblems problems, string? skip = null, bool layer = false)
    {
        var path = Path.Combine(directory, folder);
        if (!Directory.Exists(path))
        {
            return;
        }

        var files = Directory.GetFiles(path, "*.csv");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (skip is not null && Path.GetFileName(file) == skip)
            {
                continue;
            }

            var table = MapTable.Read(file, Display(file, root), columns, problems);
            into[table.Name] = layer && into.TryGetValue(table.Name, out var under) ? MapTable.Layer(table, under) : table;
        }
    }
}
