namespace IntegrationHub.Mapping;

/// <summary>Every problem found while loading, each as <c>file:line: message</c>; loading goes on to find them all.</summary>
internal sealed class MapProblems
{
    private readonly List<string> _items = [];

    public IReadOnlyList<string> Items => _items;

    public int Count => _items.Count;

    public void Add(string file, int line, string message) => _items.Add($"{file}:{line}: {message}");

    public void Add(MapRow row, string message) => Add(row.File, row.Line, message);
}
