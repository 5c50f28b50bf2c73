using System.Diagnostics;

namespace IntegrationHub.Testing.Processes;

/// <summary>
/// A program, its arguments and the environment it runs with. Inherited variables that would
/// redirect a server to someone else's configuration (RABBITMQ_*, PG*) are dropped by prefix.
/// </summary>
internal sealed class CommandLine
{
    private readonly List<string> _arguments;
    private readonly Dictionary<string, string> _environment;
    private readonly List<string> _droppedPrefixes;

    public CommandLine(string fileName, params IEnumerable<string> arguments)
    {
        FileName = fileName;
        _arguments = [.. arguments];
        _environment = new Dictionary<string, string>(StringComparer.Ordinal);
        _droppedPrefixes = [];
    }

    public string FileName { get; }

    public IReadOnlyList<string> Arguments => _arguments;

    public string? WorkingDirectory { get; set; }

    public CommandLine Set(string name, string value)
    {
        _environment[name] = value;
        return this;
    }

    public CommandLine DropInherited(string prefix)
    {
        _droppedPrefixes.Add(prefix);
        return this;
    }

    /// <summary>
    /// Runs the program as <paramref name="user"/> when this process is root (initdb and postgres refuse root).
    /// setpriv execs rather than forking, so the PID we hold is the program's own PID and a SIGKILL reaches it.
    /// </summary>
    public CommandLine AsUserWhenRoot(string user)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return this;
        }

        return Wrap("setpriv", "--reuid=" + user, "--regid=" + user, "--init-groups", "--");
    }

    /// <summary>This command run through another program (a shell, setpriv), keeping its environment and directory.</summary>
    public CommandLine Wrap(string fileName, params IEnumerable<string> leadingArguments)
    {
        var wrapped = new CommandLine(fileName, [.. leadingArguments, FileName, .. _arguments])
        {
            WorkingDirectory = WorkingDirectory,
        };
        foreach (var pair in _environment)
        {
            wrapped._environment[pair.Key] = pair.Value;
        }

        wrapped._droppedPrefixes.AddRange(_droppedPrefixes);
        return wrapped;
    }

    public ProcessStartInfo ToStartInfo()
    {
        var info = new ProcessStartInfo(FileName)
        {
            UseShellExecute = false,
            WorkingDirectory = WorkingDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in _arguments)
        {
            info.ArgumentList.Add(argument);
        }

        ApplyEnvironment(info);
        return info;
    }

    public override string ToString() => FileName + " " + string.Join(' ', _arguments);

    private void ApplyEnvironment(ProcessStartInfo info)
    {
        if (_droppedPrefixes.Count > 0)
        {
            var names = new List<string>(info.Environment.Keys);
            foreach (var name in names)
            {
                foreach (var prefix in _droppedPrefixes)
                {
                    if (name.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        info.Environment.Remove(name);
                        break;
                    }
                }
            }
        }

        foreach (var pair in _environment)
        {
            info.Environment[pair.Key] = pair.Value;
        }
    }
}
