using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using IntegrationHub.Fhir;

namespace IntegrationHub.Mapping;

internal sealed partial class PlanCompiler
{
    private RowPlan[] CompileRows(MapTable table, Type root, string? segment, string? datatype)
    {
        var rows = new List<RowPlan>();
        foreach (var row in table.Rows)
        {
            if (CompileRow(row, root, segment, datatype) is { } plan)
            {
                rows.Add(plan);
            }
        }

        return [.. rows];
    }

    private RowPlan? CompileRow(MapRow row, Type root, string? segment, string? datatype)
    {
        var v2 = row[0];
        var v2Type = row[1];
        if (!TryParseSource(row, v2, segment, datatype, out var source, out var field, out var component, out var constant))
        {
            return null;
        }

        if (source != RowSource.Constant && !V2Definitions.IsDatatype(v2Type))
        {
            _problems.Add(row, $"unknown v2 datatype '{v2Type}'");
            return null;
        }

        if (!ElementPath.TryParse(row[2], root, out var path, out var problem))
        {
            _problems.Add(row, problem);
            return null;
        }

        Vocabulary? vocabulary = null;
        if (row[4].Length > 0 && !_vocabularies.TryGetValue(row[4], out vocabulary))
        {
            _problems.Add(row, $"unknown vocabulary '{row[4]}' (no file vocabulary/{row[4]}.csv)");
            return null;
        }

        var binding = CompileBinding(row, path, vocabulary);
        if (binding is null)
        {
            return null;
        }

        var constantBytes = constant is null ? null : Encoding.UTF8.GetBytes("ZZZ|" + constant);
        return new RowPlan(source, field, component, constantBytes, path.LeafIsList || HasListStep(path), binding, v2);
    }

    private static bool HasListStep(ElementPath path)
    {
        foreach (var step in path.Steps)
        {
            if (step.IsList && step.Append)
            {
                return true;
            }
        }

        return false;
    }

    private bool TryParseSource(MapRow row, string v2, string? segment, string? datatype, out RowSource source, out int field, out int component, out string? constant)
    {
        source = RowSource.Constant;
        field = component = 0;
        constant = null;
        if (v2.Length >= 2 && v2[0] == '\'' && v2[^1] == '\'')
        {
            constant = v2[1..^1];
            return true;
        }

        var dash = v2.IndexOf('-');
        if (dash == 3)
        {
            var id = v2[..3];
            if (!TryNumbers(v2[4..], out field, out component))
            {
                _problems.Add(row, $"unknown v2 field '{v2}' (expected SEG-n or SEG-n.c)");
                return false;
            }

            if (!V2Definitions.HasField(id, field, out var problem))
            {
                _problems.Add(row, problem!);
                return false;
            }

            if (id == "MSH")
            {
                source = RowSource.Header;
                return true;
            }

            if (segment is null || id != segment)
            {
                _problems.Add(row, $"v2 field '{v2}' is not in {(segment is null ? "this datatype map" : "segment " + segment)}");
                return false;
            }

            source = RowSource.Field;
            return true;
        }

        if (datatype is not null && v2 == datatype)
        {
            source = RowSource.Whole;
            return true;
        }

        var dot = v2.IndexOf('.');
        if (datatype is not null && dot > 0 && v2[..dot] == datatype && TryNumbers(v2[(dot + 1)..], out field, out component))
        {
            if (!V2Definitions.HasComponent(datatype, field, out var problem))
            {
                _problems.Add(row, problem!);
                return false;
            }

            source = RowSource.Child;
            return true;
        }

        _problems.Add(row, $"unknown v2 field '{v2}' for {(segment is null ? "datatype " + datatype : "segment " + segment)}");
        return false;
    }

    private static bool TryNumbers(string text, out int first, out int second)
    {
        second = 0;
        var dot = text.IndexOf('.');
        var head = dot < 0 ? text : text[..dot];
        if (!int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out first))
        {
            return false;
        }

        return dot < 0 || int.TryParse(text[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out second);
    }

    private Binding? CompileBinding(MapRow row, ElementPath path, Vocabulary? vocabulary)
    {
        var map = row[3];
        var open = map.IndexOf('[');
        if (open <= 0 || !map.EndsWith(']'))
        {
            _problems.Add(row, $"map '{map}' must be TYPE[target]");
            return null;
        }

        if (row[1].Length > 0 && map[..open] != row[1])
        {
            _problems.Add(row, $"map '{map}' reads {map[..open]} but the v2 type is {row[1]}");
            return null;
        }

        var leaf = path.LeafItemType;
        var setter = SetterCompiler.Compile(path);
        if (_datatypes.TryGetValue(map, out var plan))
        {
            if (plan.Root == leaf)
            {
                return Create(typeof(ComplexBinding<,>), [path.Root, leaf], plan, setter, Factory(leaf));
            }

            if (leaf == typeof(Reference) && FhirModel.IsResource(plan.Root))
            {
                return Create(typeof(ResourceBinding<,>), [path.Root, plan.Root], plan, setter, plan.Root.Name, Factory(plan.Root));
            }

            _problems.Add(row, $"map '{map}' makes {plan.Root.Name} but FHIR element '{path.Text}' is {leaf.Name}");
            return null;
        }

        var kind = map[(open + 1)..^1];
        var reader = CreateReader(row, kind, leaf, vocabulary);
        return reader is null ? null : Create(typeof(PrimitiveBinding<,>), [path.Root, leaf], reader, setter);
    }

    private object? CreateReader(MapRow row, string kind, Type leaf, Vocabulary? vocabulary)
    {
        var systems = vocabulary is not null && vocabulary.Name.StartsWith(CodingSystemsName, StringComparison.Ordinal) ? vocabulary : null;
        var codes = systems is null ? vocabulary : null;
        object? reader = (kind, leaf) switch
        {
            ("string" or "code" or "uri" or "id", _) when leaf == typeof(string) => new StringReader(codes),
            ("code", _) when leaf.IsEnum => Activator.CreateInstance(typeof(EnumReader<>).MakeGenericType(leaf), codes, _problems),
            ("system", _) when leaf == typeof(string) => Authorities(vocabulary ?? _vocabularies[AuthorityName], row) is { } table ? new SystemReader(table) : null,
            ("date", _) when leaf == typeof(FhirDate) => new DateReader(),
            ("dateTime", _) when leaf == typeof(FhirDateTime) => new DateTimeReader(),
            ("instant", _) when leaf == typeof(FhirInstant) => new InstantReader(),
            ("boolean", _) when leaf == typeof(bool) => new BooleanReader(codes),
            ("decimal", _) when leaf == typeof(FhirDecimal) => new DecimalReader(),
            ("integer", _) when leaf == typeof(int) => new IntegerReader(),
            ("CodeableConcept", _) when leaf == typeof(CodeableConcept) => new CodeableConceptReader(codes, systems ?? _codingSystems),
            ("Coding", _) when leaf == typeof(Coding) => new CodingReader(codes, systems ?? _codingSystems),
            _ => null,
        };

        if (reader is null && kind != "system")
        {
            _problems.Add(row, $"map '{row[3]}' cannot write FHIR element '{row[2]}' of type {leaf.Name} (no datatype map file of that name, and '{kind}' is not a primitive map for it)");
        }

        return reader;
    }

    /// <summary>A compiled <c>() =&gt; new T()</c>, so the hot path creates elements without reflection.</summary>
    private static Delegate Factory(Type type) =>
        Expression.Lambda(typeof(Func<>).MakeGenericType(type), Expression.New(type)).Compile();

    private static Binding Create(Type generic, Type[] arguments, params object[] parameters) =>
        (Binding)Activator.CreateInstance(generic.MakeGenericType(arguments), parameters)!;
}
