namespace IntegrationHub.Mapping;

/// <summary>
/// HL7 v2 to FHIR R4: loads the mapping files once (<see cref="Load"/>), then maps messages with the
/// compiled plans (<see cref="Map(ReadOnlySpan{byte})"/>). Immutable after loading, so one engine serves
/// every thread.
/// </summary>
public sealed partial class MappingEngine
{
    /// <summary>The name of the profile used when no sender profile matches.</summary>
    public const string DefaultProfile = "default";

    private readonly MappingProfile _defaults;
    private readonly MappingProfile[] _profiles;

    private MappingEngine(MappingProfile defaults, MappingProfile[] profiles)
    {
        _defaults = defaults;
        _profiles = profiles;
    }

    /// <summary>The sender profiles (folders under <c>profiles/</c>).</summary>
    public IReadOnlyList<string> ProfileNames
    {
        get
        {
            var names = new List<string>(_profiles.Length);
            foreach (var profile in _profiles)
            {
                names.Add(profile.Name);
            }

            return names;
        }
    }

    /// <summary>The <c>MESSAGE^EVENT</c> pairs the default maps cover, sorted.</summary>
    public IReadOnlyList<string> SupportedEvents
    {
        get
        {
            var events = new List<string>(_defaults.Messages.Keys);
            events.Sort(StringComparer.Ordinal);
            return events;
        }
    }

    /// <summary>
    /// Loads and checks every mapping file under <paramref name="mappingsDirectory"/> and compiles them.
    /// Throws <see cref="MappingLoadException"/> listing every problem as <c>file:line: message</c>.
    /// </summary>
    public static MappingEngine Load(string mappingsDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(mappingsDirectory);
        if (!Directory.Exists(mappingsDirectory))
        {
            throw new MappingLoadException([$"{mappingsDirectory}:0: the mappings directory does not exist"]);
        }

        var root = Path.GetFullPath(mappingsDirectory);
        var problems = new MapProblems();
        var sources = new MapSources();
        sources.Overlay(root, root, problems);
        var defaults = new PlanCompiler(sources, problems).Compile(DefaultProfile, []);

        var profiles = new List<MappingProfile>();
        var profilesRoot = Path.Combine(root, "profiles");
        if (Directory.Exists(profilesRoot))
        {
            var folders = Directory.GetDirectories(profilesRoot);
            Array.Sort(folders, StringComparer.Ordinal);
            foreach (var folder in folders)
            {
                var layered = sources.Clone();
                layered.Overlay(folder, root, problems);
                var senders = ReadSenders(folder, root, problems);
                profiles.Add(new PlanCompiler(layered, problems).Compile(Path.GetFileName(folder), senders));
            }
        }

        if (problems.Count > 0)
        {
            throw new MappingLoadException(problems.Items);
        }

        return new MappingEngine(defaults, [.. profiles]);
    }

    private static List<SenderMatch> ReadSenders(string folder, string root, MapProblems problems)
    {
        var senders = new List<SenderMatch>();
        var path = Path.Combine(folder, "profile.csv");
        if (!File.Exists(path))
        {
            problems.Add(MapSources.Display(path, root), 0, "a sender profile needs profile.csv (setting,value with sending-application or sending-facility)");
            return senders;
        }

        var table = MapTable.Read(path, MapSources.Display(path, root), MapSources.SettingColumns, problems);
        foreach (var row in table.Rows)
        {
            switch (row[0])
            {
                case "sending-application":
                    senders.Add(new SenderMatch(Facility: false, row[1]));
                    break;
                case "sending-facility":
                    senders.Add(new SenderMatch(Facility: true, row[1]));
                    break;
                default:
                    problems.Add(row, $"unknown profile setting '{row[0]}' (sending-application or sending-facility)");
                    break;
            }
        }

        return senders;
    }

    private MappingProfile? FindProfile(string? name, string application, string facility)
    {
        foreach (var profile in _profiles)
        {
            if (name is not null ? profile.Name == name : profile.Matches(application, facility))
            {
                return profile;
            }
        }

        return name is null or DefaultProfile ? _defaults : null;
    }
}
