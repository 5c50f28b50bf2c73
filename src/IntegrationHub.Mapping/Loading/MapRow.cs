namespace IntegrationHub.Mapping;

/// <summary>One data row of a mapping file, with where it came from.</summary>
internal sealed record MapRow(string File, int Line, string[] Cells)
{
    public string this[int column] => Cells[column];
}
