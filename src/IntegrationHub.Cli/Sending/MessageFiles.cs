using System.Text;

namespace IntegrationHub.Cli.Sending;

/// <summary>
/// Reads v2 messages from files and folders: one or more messages per file, separated by blank lines, with CR,
/// LF or CRLF segment ends (normalised to CR, as the standard requires on the wire). A UTF-8 byte-order mark is
/// dropped; bytes are otherwise kept as they are, so Latin-1 files stay Latin-1.
/// </summary>
internal static class MessageFiles
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static List<byte[]> Read(IEnumerable<string> paths)
    {
        var messages = new List<byte[]>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                foreach (var file in files)
                {
                    messages.AddRange(Split(File.ReadAllBytes(file)));
                }
            }
            else if (File.Exists(path))
            {
                messages.AddRange(Split(File.ReadAllBytes(path)));
            }
            else
            {
                throw new Infrastructure.CommandException($"No such file or folder: {path}");
            }
        }

        return messages;
    }

    /// <summary>Splits one file's bytes into messages: a blank line, or a new MSH/FHS/BHS line, starts the next.</summary>
    public static List<byte[]> Split(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Utf8ByteOrderMark))
        {
            content = content[3..];
        }

        var messages = new List<byte[]>();
        var current = new List<byte>(2048);
        while (!content.IsEmpty)
        {
            var end = content.IndexOfAny((byte)'\r', (byte)'\n');
            var line = end < 0 ? content : content[..end];
            var crlf = end >= 0 && content[end] == (byte)'\r' && end + 1 < content.Length && content[end + 1] == (byte)'\n';
            content = end < 0 ? default : content[(end + (crlf ? 2 : 1))..];

            var blank = line.Trim((byte)' ').IsEmpty;
            if (blank || (line.StartsWith("MSH"u8) && current.Count > 0))
            {
                Flush(current, messages);
                if (blank)
                {
                    continue;
                }
            }

            current.AddRange(line);
            current.Add((byte)'\r');
        }

        Flush(current, messages);
        return messages;
    }

    private static void Flush(List<byte> current, List<byte[]> messages)
    {
        if (current.Count > 0)
        {
            messages.Add([.. current]);
            current.Clear();
        }
    }

    public static string Describe(byte[] message) => Encoding.Latin1.GetString(message, 0, Math.Min(message.Length, 60));
}
