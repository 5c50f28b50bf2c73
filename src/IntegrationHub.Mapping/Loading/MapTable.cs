namespace IntegrationHub.Mapping;

/// <summary>
/// One mapping file: comma-separated rows under a header line, <c>#</c> comments and blank lines
/// ignored. Every row keeps its file and line so a problem can be reported as <c>file:line</c>.
/// </summary>
internal sealed class MapTable
{
    private MapTable(string file, string name, IReadOnlyList<MapRow> rows)
    {
        File = file;
        Name = name;
        Rows = rows;
    }

    /// <summary>Path of the file, as reported in errors.</summary>
    public string File { get; }

    /// <summary>The map's name: the file name without <c>.csv</c>, e.g. <c>CX[Identifier]</c>.</summary>
    public string Name { get; }

    public IReadOnlyList<MapRow> Rows { get; }

    /// <summary>A table with <paramref name="over"/>'s rows before <paramref name="under"/>'s (a profile's vocabulary over the default).</summary>
    public static MapTable Layer(MapTable over, MapTable under) => new(over.File, over.Name, [.. over.Rows, .. under.Rows]);

    /// <summary>Reads <paramref name="path"/>; a header that differs from <paramref name="columns"/> is a problem.</summary>
    public static MapTable Read(string path, string displayPath, IReadOnlyList<string> columns, MapProblems problems)
    {
        var rows = new List<MapRow>();
        var lines = System.IO.File.ReadAllLines(path);
        var headerSeen = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var cells = text.Split(',');
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = cells[c].Trim();
            }

            if (!headerSeen)
            {
                headerSeen = true;
                if (!HeaderMatches(cells, columns))
                {
                    problems.Add(displayPath, i + 1, $"expected the header '{string.Join(',', columns)}'");
                    break;
                }

                continue;
            }

            if (cells.Length > columns.Count)
            {
                problems.Add(displayPath, i + 1, $"{cells.Length} columns, expected at most {columns.Count}");
                continue;
            }

            var padded = new string[columns.Count];
            for (var c = 0; c < padded.Length; c++)
            {
                padded[c] = c < cells.Length ? cells[c] : string.Empty;
            }

            rows.Add(new MapRow(displayPath, i + 1, padded));
        }

        return new MapTable(displayPath, Path.GetFileNameWithoutExtension(path), rows);
    }

    private static bool HeaderMatches(string[] cells, IReadOnlyList<string> columns)
    {
        if (cells.Length != columns.Count)
        {
            return false;
        }

        for (var c = 0; c < cells.Length; c++)
        {
            if (!string.Equals(cells[c], columns[c], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
