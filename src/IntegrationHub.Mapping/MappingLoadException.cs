namespace IntegrationHub.Mapping;

/// <summary>The mapping files are wrong; <see cref="Problems"/> lists every problem as <c>file:line: message</c>.</summary>
public sealed class MappingLoadException : Exception
{
    public MappingLoadException()
        : this([])
    {
    }

    public MappingLoadException(string message)
        : this([message])
    {
    }

    public MappingLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public MappingLoadException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Each problem as <c>file:line: message</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems) =>
        problems.Count == 0
            ? "The mappings could not be loaded."
            : $"The mappings could not be loaded ({problems.Count} problem(s)):" + Environment.NewLine + string.Join(Environment.NewLine, problems);
}
