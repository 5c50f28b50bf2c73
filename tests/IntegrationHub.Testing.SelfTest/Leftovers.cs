using System.Globalization;
using IntegrationHub.Testing.Processes;

namespace IntegrationHub.Testing.SelfTest;

internal static class Leftovers
{
    /// <summary>Living processes whose command line or environment names <paramref name="directory"/>.</summary>
    public static List<int> ProcessesUsing(string directory)
    {
        var found = new List<int>();
        foreach (var entry in Directory.GetDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && pid != Environment.ProcessId
                && ProcessTree.IsAlive(pid)
                && ProcessTree.Describe(pid).Contains(directory, StringComparison.Ordinal))
            {
                found.Add(pid);
            }
        }

        return found;
    }
}
