using System.Collections.Concurrent;
using System.Text;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// Assigning authority to identifier system: configured URIs first, else the table's template (its
/// <c>*</c> row) with <c>{authority}</c> replaced by the authority in lower case (letters, digits and '-').
/// </summary>
internal sealed class AuthorityTable(Vocabulary listed, string template)
{
    // Authorities repeat across messages from one sender; the template result is cached per name.
    private readonly ConcurrentDictionary<string, string> _templated = new(StringComparer.Ordinal);

    public bool TryResolve(ReadOnlySpan<byte> raw, Hl7Element name, out string system)
    {
        if (listed.Find(raw) is { } entry)
        {
            system = entry.Code;
            return true;
        }

        var text = name.ToString();
        if (_templated.TryGetValue(text, out var cached))
        {
            system = cached;
            return true;
        }

        var host = Sanitise(text);
        if (host.Length == 0)
        {
            system = string.Empty;
            return false;
        }

        system = template.Replace("{authority}", host, StringComparison.Ordinal);
        if (_templated.Count < 10_000)
        {
            _templated.TryAdd(text, system);
        }

        return true;
    }

    private static string Sanitise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
