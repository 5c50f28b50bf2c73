using IntegrationHub.Fhir;

namespace IntegrationHub.Mapping;

/// <summary>
/// Compiles the mapping files of one profile into plans: checks every v2 field, FHIR element and
/// vocabulary name, and reports each problem with its file and line.
/// </summary>
internal sealed partial class PlanCompiler
{
    private const string CodingSystemsName = "coding-systems";
    private const string AuthorityName = "assigning-authority";

    private readonly MapSources _sources;
    private readonly MapProblems _problems;
    private readonly Dictionary<string, Vocabulary> _vocabularies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DatatypePlan> _datatypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SegmentPlan> _segments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuthorityTable> _authorities = new(StringComparer.Ordinal);
    private Vocabulary _codingSystems = null!;

    public PlanCompiler(MapSources sources, MapProblems problems)
    {
        _sources = sources;
        _problems = problems;
    }

    public MappingProfile Compile(string name, IReadOnlyList<SenderMatch> senders)
    {
        foreach (var (vocabularyName, table) in _sources.Vocabularies)
        {
            _vocabularies[vocabularyName] = Vocabulary.Read(table, _problems);
        }

        _codingSystems = RequiredVocabulary(CodingSystemsName);
        RequiredVocabulary(AuthorityName);

        // Shells first, so datatype maps can use each other whatever the file order.
        foreach (var (mapName, table) in _sources.Datatypes)
        {
            if (ParseMapName(mapName, out var source, out var target) && FhirModel.FindType(target) is { } root)
            {
                if (!V2Definitions.IsDatatype(source))
                {
                    _problems.Add(table.File, 1, $"unknown v2 datatype '{source}' in the map name '{mapName}'");
                }

                _datatypes[mapName] = new DatatypePlan(mapName, root);
            }
            else
            {
                _problems.Add(table.File, 1, $"the file name '{mapName}' must be TYPE[FhirType] with a FHIR type of the model");
            }
        }

        foreach (var (mapName, plan) in _datatypes)
        {
            plan.Rows = CompileRows(_sources.Datatypes[mapName], plan.Root, segment: null, datatype: mapName[..mapName.IndexOf('[')]);
        }

        foreach (var (mapName, table) in _sources.Segments)
        {
            if (ParseMapName(mapName, out var segment, out var target) && FhirModel.FindType(target) is { } root && V2Definitions.IsSegment(segment))
            {
                _segments[mapName] = new SegmentPlan(mapName, segment, root, CompileRows(table, root, segment, datatype: null));
            }
            else
            {
                _problems.Add(table.File, 1, $"the file name '{mapName}' must be SEGMENT[FhirType] with a v2 segment and a FHIR type of the model");
            }
        }

        var messages = CompileMessages();
        var encounterStatus = _vocabularies.GetValueOrDefault("event-encounter-status");
        var verification = _vocabularies.GetValueOrDefault("nhs-number-verification-status");
        if (encounterStatus is not null)
        {
            CheckCodes<EncounterStatus>(encounterStatus);
        }

        return new MappingProfile(name, senders, messages, encounterStatus, verification, _vocabularies.GetValueOrDefault(CodingSystemsName));
    }

    private void CheckCodes<TEnum>(Vocabulary vocabulary)
        where TEnum : struct, Enum
    {
        foreach (var entry in vocabulary.Entries)
        {
            if (!FhirCode.TryParse<TEnum>(entry.Code, out _))
            {
                _problems.Add(entry.Row, $"unknown vocabulary code '{entry.Code}': not a code of {typeof(TEnum).Name}");
            }
        }
    }

    private Vocabulary RequiredVocabulary(string name)
    {
        if (_vocabularies.TryGetValue(name, out var vocabulary))
        {
            return vocabulary;
        }

        _problems.Add(Path.Combine("vocabulary", name + ".csv"), 0, "this vocabulary is required and was not found");
        vocabulary = new Vocabulary(name, name, [], null);
        _vocabularies[name] = vocabulary;
        return vocabulary;
    }

    /// <summary>An assigning-authority vocabulary as a table; its <c>*</c> row must be a template with {authority}.</summary>
    private AuthorityTable? Authorities(Vocabulary vocabulary, MapRow usedAt)
    {
        if (_authorities.TryGetValue(vocabulary.Name, out var table))
        {
            return table;
        }

        if (vocabulary.DefaultSystem is not { } template || !template.Contains("{authority}", StringComparison.Ordinal))
        {
            _problems.Add(usedAt, $"vocabulary '{vocabulary.Name}' is used for assigning authorities but has no '*' row with a system template containing {{authority}}");
            return null;
        }

        table = new AuthorityTable(vocabulary, template);
        _authorities[vocabulary.Name] = table;
        return table;
    }

    private static bool ParseMapName(string name, out string source, out string target)
    {
        var open = name.IndexOf('[');
        if (open > 0 && name.EndsWith(']'))
        {
            source = name[..open];
            target = name[(open + 1)..^1];
            var dash = target.IndexOf('-');
            if (dash > 0)
            {
                // A variant such as XTN[ContactPoint-home]: the FHIR type is before the dash.
                target = target[..dash];
            }

            return source.Length > 0 && target.Length > 0;
        }

        source = target = string.Empty;
        return false;
    }
}
