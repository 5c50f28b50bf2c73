using System.Text;

namespace IntegrationHub.Testing.Processes;

/// <summary>Reads the end of a server log for diagnostics. Servers keep writing while we read, so sharing is permissive.</summary>
internal static class LogFile
{
    private const int MaxBytes = 64 * 1024;

    public static string Tail(string path, int lines)
    {
        string text;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var start = Math.Max(0, stream.Length - MaxBytes);
            stream.Seek(start, SeekOrigin.Begin);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            text = reader.ReadToEnd();
        }
        catch (IOException)
        {
            return $"({path} is not there)";
        }
        catch (UnauthorizedAccessException)
        {
            return $"({path} is not readable)";
        }

        // Skip the final newline, then walk back over the requested number of line breaks.
        var cut = text.Length > 0 && text[^1] == '\n' ? text.Length - 1 : text.Length;
        for (var seen = 0; cut > 0; cut--)
        {
            if (text[cut - 1] == '\n' && ++seen == lines)
            {
                break;
            }
        }

        return text[cut..].Trim();
    }

    /// <summary>The current length of the log, to look later only at what one start attempt wrote.</summary>
    public static long Length(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    /// <summary>True when the log, from <paramref name="offset"/> on, contains <paramref name="text"/> (ignoring case).</summary>
    public static bool ContainsSince(string path, long offset, string text)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd().Contains(text, StringComparison.OrdinalIgnoreCase);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
