namespace IntegrationHub.Cli.Infrastructure;

/// <summary>
/// Options (<c>--name value</c>, <c>--flag</c>) and positional arguments of one command. Unknown options are an
/// error, so a typo never silently changes what a command does.
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private CommandArguments()
    {
    }

    public List<string> Positional { get; } = [];

    /// <summary>Splits <paramref name="args"/>; <paramref name="flags"/> are the options that take no value.</summary>
    public static CommandArguments Parse(IReadOnlyList<string> args, params string[] flags)
    {
        var parsed = new CommandArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                parsed.Positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            string? value = null;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            else if (Array.IndexOf(flags, name) < 0)
            {
                if (i + 1 >= args.Count)
                {
                    throw new CommandException($"--{name} needs a value.");
                }

                value = args[++i];
            }

            parsed._options[name] = value;
        }

        return parsed;
    }

    public bool Flag(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Value(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var value) ? value : null;
    }

    public int Int(string name, int defaultValue, int min, int max)
    {
        var text = Value(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new CommandException($"--{name} must be a whole number from {min} to {max}, not '{text}'.");
        }

        return value;
    }

    /// <summary>Throws for any option the command did not ask about.</summary>
    public void RejectUnknown()
    {
        foreach (var name in _options.Keys)
        {
            if (!_used.Contains(name))
            {
                throw new CommandException($"Unknown option --{name}.");
            }
        }
    }
}
