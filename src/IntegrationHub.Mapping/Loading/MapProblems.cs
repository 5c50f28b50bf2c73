namespace IntegrationHub.Mapping;

/// <summary>
/// Every problem found while loading, each as <c>file:line: message</c>; loading goes on to find them all.
/// The defaults are compiled again under each sender profile, so a problem is kept once.
/// </summary>
internal sealed class MapProblems
{
    private readonly List<string> _items = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Items => _items;

    public int Count => _items.Count;

    public void Add(string file, int line, string message)
    {
        var problem = $"{file}:{line}: {message}";
        if (_seen.Add(problem))
        {
            _items.Add(problem);
        }
    }

    public void Add(MapRow row, string message) => Add(row.File, row.Line, message);
}
