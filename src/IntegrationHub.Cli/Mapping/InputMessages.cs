using IntegrationHub.Cli.Infrastructure;
using IntegrationHub.Cli.Sending;

namespace IntegrationHub.Cli.Mapping;

/// <summary>Reads the messages of files and folders, naming each after its file (with <c>-N</c> when a file holds several).</summary>
internal static class InputMessages
{
    public static List<InputMessage> Read(IEnumerable<string> paths)
    {
        var result = new List<InputMessage>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.hl7", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                foreach (var file in files)
                {
                    AddFile(file, result);
                }
            }
            else if (File.Exists(path))
            {
                AddFile(path, result);
            }
            else
            {
                throw new CommandException($"No such file or folder: {path}");
            }
        }

        return result;
    }

    private static void AddFile(string file, List<InputMessage> into)
    {
        var messages = MessageFiles.Split(File.ReadAllBytes(file));
        var name = Path.GetFileNameWithoutExtension(file);
        for (var i = 0; i < messages.Count; i++)
        {
            into.Add(new InputMessage(messages.Count == 1 ? name : $"{name}-{i + 1}", messages[i]));
        }
    }
}
