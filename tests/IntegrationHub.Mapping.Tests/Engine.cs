namespace IntegrationHub.Mapping.Tests;

/// <summary>The engine over the repository's mapping files, loaded once for all tests (it is thread-safe).</summary>
internal static class Engine
{
    private static readonly Lazy<MappingEngine> Loaded = new(() => MappingEngine.Load(Paths.Mappings));

    public static MappingEngine Default => Loaded.Value;

    /// <summary>Reads a v2 file as the hub receives it: UTF-8 BOM dropped, LF or CRLF segment ends as CR.</summary>
    public static byte[] ReadMessage(string path)
    {
        var text = File.ReadAllText(path).TrimStart('\uFEFF');
        text = text.Replace("\r\n", "\r", StringComparison.Ordinal).Replace('\n', '\r').TrimEnd('\r');
        return System.Text.Encoding.UTF8.GetBytes(text);
    }
}
