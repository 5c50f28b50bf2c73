using System.Linq.Expressions;
using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

internal sealed partial class PlanCompiler
{
    private Dictionary<string, MessagePlan> CompileMessages()
    {
        var plans = new Dictionary<string, MessagePlan>(StringComparer.Ordinal);
        foreach (var (name, table) in _sources.Messages)
        {
            plans[name] = CompileMessage(table);
        }

        var byEvent = new Dictionary<string, MessagePlan>(StringComparer.Ordinal);
        foreach (var table in _sources.Events)
        {
            foreach (var row in table.Rows)
            {
                if (!plans.TryGetValue(row[2], out var plan))
                {
                    _problems.Add(row, $"unknown message map '{row[2]}' (no file messages/{row[2]}.csv)");
                    continue;
                }

                byEvent[row[0] + "^" + row[1]] = plan;
            }
        }

        return byEvent;
    }

    private MessagePlan CompileMessage(MapTable table)
    {
        var slots = new List<ResourceSlot>();
        var rows = new List<MessageRowPlan>();
        var pendingLinks = new List<(MapRow Row, int From, string Links)>();
        foreach (var row in table.Rows)
        {
            var label = row[1];
            var typeName = label.Contains('/', StringComparison.Ordinal) ? label[..label.IndexOf('/')] : label;
            if (FhirModel.FindType(typeName) is not { } type || !FhirModel.IsResource(type))
            {
                _problems.Add(row, $"unknown FHIR resource '{typeName}'");
                continue;
            }

            if (!_segments.TryGetValue(row[2], out var segmentPlan))
            {
                _problems.Add(row, $"unknown segment map '{row[2]}' (no file segments/{row[2]}.csv)");
                continue;
            }

            if (segmentPlan.Segment != row[0] || segmentPlan.Root != type)
            {
                _problems.Add(row, $"segment map '{row[2]}' maps {segmentPlan.Segment} to {segmentPlan.Root.Name}, not {row[0]} to {typeName}");
                continue;
            }

            if (row[3] is not ("first" or "each"))
            {
                _problems.Add(row, $"occurrences must be 'first' or 'each', not '{row[3]}'");
                continue;
            }

            var slot = slots.FindIndex(s => s.Label == label);
            var anchor = slot < 0 ? Hl7Path.Pack(row[0]) : rows.Find(r => r.Slot == slot)!.AnchorPackedId;
            if (slot < 0)
            {
                slot = slots.Count;
                var create = Expression.Lambda<Func<Resource>>(Expression.Convert(Expression.New(type), typeof(Resource))).Compile();
                slots.Add(new ResourceSlot(label, type, create, row[4] == "yes"));
            }
            else if (row[4] == "yes" && !slots[slot].Focus)
            {
                slots[slot] = slots[slot] with { Focus = true };
            }

            rows.Add(new MessageRowPlan(row[0], Hl7Path.Pack(row[0]), slot, segmentPlan, row[3] == "each", anchor));
            if (row[5].Length > 0)
            {
                pendingLinks.Add((row, slot, row[5]));
            }
        }

        var links = new List<LinkPlan>();
        foreach (var (row, from, text) in pendingLinks)
        {
            foreach (var link in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (CompileLink(row, slots, from, link) is { } plan)
                {
                    links.Add(plan);
                }
            }
        }

        return new MessagePlan(table.Name, [.. slots], [.. rows], [.. links]);
    }

    private LinkPlan? CompileLink(MapRow row, List<ResourceSlot> slots, int from, string link)
    {
        var equals = link.IndexOf('=');
        if (equals <= 0)
        {
            _problems.Add(row, $"link '{link}' must be element=Resource");
            return null;
        }

        var source = slots[from];
        var element = source.Type.Name + "." + link[..equals];
        var target = link[(equals + 1)..];
        var to = slots.FindIndex(s => s.Label == target);
        if (to < 0)
        {
            _problems.Add(row, $"link '{link}': no resource '{target}' in this message map");
            return null;
        }

        if (!ElementPath.TryParse(element, source.Type, out var path, out var problem))
        {
            _problems.Add(row, problem);
            return null;
        }

        if (path.LeafItemType != typeof(Reference))
        {
            _problems.Add(row, $"link '{link}': FHIR element '{element}' is not a Reference");
            return null;
        }

        var setter = SetterCompiler.Compile(path);
        var typed = (ReferenceSetter)Activator.CreateInstance(typeof(ReferenceSetter<>).MakeGenericType(source.Type), setter)!;
        return new LinkPlan(from, to, typed);
    }
}
