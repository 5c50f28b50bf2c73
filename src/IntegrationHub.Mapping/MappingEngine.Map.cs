using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

public sealed partial class MappingEngine
{
    private const string RetiredPatient = "Patient/retired";

    /// <summary>Maps one v2 message with the profile its sender (MSH-3/MSH-4) selects. Never throws for bad input.</summary>
    public MappingResult Map(ReadOnlySpan<byte> message) => Map(message, profileName: null);

    /// <summary>
    /// Maps one v2 message with the named profile (null: chosen by the sender). Bad input gives issues,
    /// and a result without a Bundle when the message cannot be mapped; it never throws.
    /// </summary>
    public MappingResult Map(ReadOnlySpan<byte> message, string? profileName)
    {
        var parsed = Hl7Message.Parse(message);
        try
        {
            return MapParsed(ref parsed, message, profileName);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or OverflowException or IndexOutOfRangeException)
        {
            // A defect, not bad input: the message is answered with an AE rather than taking the caller down.
            var issue = new Hl7Issue(Hl7ErrorCode.ApplicationInternalError, Hl7Severity.Error, Hl7Location.ForSegment("MSH"), "Internal error while mapping: " + ex.GetType().Name);
            return new MappingResult(null, [issue], string.Empty, null, profileName ?? DefaultProfile);
        }
        finally
        {
            parsed.Dispose();
        }
    }

    private MappingResult MapParsed(ref Hl7Message parsed, ReadOnlySpan<byte> message, string? profileName)
    {
        if (!parsed.TryGetSegment("MSH"u8, out var msh))
        {
            var issues = new List<Hl7Issue>(parsed.Issues.ToArray());
            issues.Add(new Hl7Issue(Hl7ErrorCode.SegmentSequenceError, Hl7Severity.Error, Hl7Location.ForSegment("MSH"), "The message has no MSH segment."));
            return new MappingResult(null, issues, string.Empty, null, DefaultProfile);
        }

        var application = msh.Field(3).Component(1).ToString();
        var facility = msh.Field(4).Component(1).ToString();
        var profile = FindProfile(profileName, application, facility);
        if (profile is null)
        {
            var issue = new Hl7Issue(Hl7ErrorCode.ApplicationInternalError, Hl7Severity.Error, Hl7Location.ForSegment("MSH"), $"No mapping profile named '{profileName}'.");
            return new MappingResult(null, [issue], string.Empty, null, profileName ?? DefaultProfile);
        }

        var context = new MappingContext(msh, profile);
        foreach (var issue in parsed.Issues)
        {
            context.Issues.Add(issue);
        }

        var eventCode = context.MessageCode + "^" + context.TriggerEvent;
        if (!profile.Messages.TryGetValue(eventCode, out var plan))
        {
            context.Location = Hl7Location.ForField("MSH", 9);
            context.Error(Hl7ErrorCode.UnsupportedMessageType, $"Unsupported message type {eventCode}: there is no mapping for it.");
            return new MappingResult(null, context.Issues, eventCode, null, profile.Name);
        }

        var slots = MapSegments(ref parsed, plan, context);
        var resources = Finish(ref parsed, plan, slots, context, out var focus, out var patientKey);
        if (resources.Count == 0)
        {
            context.Location = Hl7Location.ForSegment("MSH");
            context.Error(Hl7ErrorCode.RequiredFieldMissing, $"{eventCode} carried none of the segments its map reads.");
        }

        if (HasErrors(context.Issues))
        {
            return new MappingResult(null, context.Issues, eventCode, patientKey, profile.Name);
        }

        var timestamp = BundleAssembler.Timestamp(msh, context);
        var bundle = BundleAssembler.Assemble(context, message, timestamp, resources, focus);
        return new MappingResult(bundle, context.Issues, eventCode, patientKey, profile.Name);
    }

    private static List<Resource>[] MapSegments(ref Hl7Message parsed, MessagePlan plan, MappingContext context)
    {
        var slots = new List<Resource>[plan.Slots.Length];
        for (var s = 0; s < slots.Length; s++)
        {
            slots[s] = [];
        }

        foreach (var row in plan.Rows)
        {
            for (var occurrence = 1; ; occurrence++)
            {
                var index = parsed.FindSegment(row.PackedId, occurrence);
                if (index < 0)
                {
                    break;
                }

                var instances = slots[row.Slot];
                var k = 0;
                if (row.Each)
                {
                    k = row.PackedId == row.AnchorPackedId ? occurrence - 1 : AnchorsBefore(ref parsed, row.AnchorPackedId, index) - 1;
                    if (k < 0)
                    {
                        // Outside any group of this resource (before its first anchor segment).
                        continue;
                    }
                }

                if (k >= instances.Count && (row.Each && row.PackedId != row.AnchorPackedId))
                {
                    continue;
                }

                while (instances.Count <= k)
                {
                    instances.Add(plan.Slots[row.Slot].Create());
                }

                row.Plan.Apply(instances[k], parsed.Segment(index), occurrence, context);
                if (!row.Each)
                {
                    break;
                }
            }
        }

        return slots;
    }

    private static int AnchorsBefore(ref Hl7Message parsed, int anchor, int index)
    {
        var count = 0;
        for (var i = 0; i < index; i++)
        {
            if (parsed.PackedSegmentId(i) == anchor)
            {
                count++;
            }
        }

        return count;
    }

    private static List<Resource> Finish(ref Hl7Message parsed, MessagePlan plan, List<Resource>[] slots, MappingContext context, out List<Resource> focus, out string? patientKey)
    {
        Patient? surviving = null;
        Patient? retired = null;
        var pid32 = parsed.TryGetSegment("PID"u8, out var pid) ? pid.Field(32) : default;
        DropIncomplete(ref parsed, slots, context);
        for (var s = 0; s < slots.Length; s++)
        {
            var label = plan.Slots[s].Label;
            for (var k = 0; k < slots[s].Count; k++)
            {
                var resource = slots[s][k];
                switch (resource)
                {
                    case Patient patient:
                        PatientRules.Apply(patient, label == RetiredPatient ? default : pid32, context);
                        if (label == RetiredPatient)
                        {
                            retired ??= patient;
                        }
                        else
                        {
                            surviving ??= patient;
                        }

                        break;
                    case Encounter encounter:
                        EncounterRules.Apply(encounter, context);
                        break;
                    default:
                        break;
                }

                resource.Id = ResourceIds.ForIdentified(resource)
                    ?? FhirId.FromKey(label + "|" + context.SenderScope, context.ControlId + "#" + (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        foreach (var link in plan.Links)
        {
            if (slots[link.To].Count == 0)
            {
                continue;
            }

            var target = slots[link.To][0];
            foreach (var resource in slots[link.From])
            {
                link.Setter.Set(resource, new Reference { ReferenceValue = "urn:uuid:" + target.Id, Type = FhirCode.ToCode(target.ResourceType) });
            }
        }

        if (surviving is not null && retired is not null)
        {
            MergeRules.Apply(surviving, retired);
        }

        var resources = new List<Resource>();
        focus = [];
        for (var s = 0; s < slots.Length; s++)
        {
            foreach (var resource in slots[s])
            {
                MedicationRules.Apply(resource, context);
                resources.Add(resource);
                if (plan.Slots[s].Focus)
                {
                    focus.Add(resource);
                }
            }
        }

        if (focus.Count == 0 && resources.Count > 0)
        {
            focus.Add(resources[0]);
        }

        resources.AddRange(context.Shared);
        MakeIdsUnique(resources);
        patientKey = surviving is null ? null : PatientKey(surviving);
        return resources;
    }

    /// <summary>
    /// Completes what rows cannot (the OBX value by its type) and leaves out resources FHIR would not accept
    /// and a message may well lack (an OBX without OBX-3, an insurance without its insurer), each with a warning.
    /// Runs before ids are given, backwards so the n-th Observation still meets the n-th OBX.
    /// </summary>
    private static void DropIncomplete(ref Hl7Message parsed, List<Resource>[] slots, MappingContext context)
    {
        foreach (var slot in slots)
        {
            for (var k = slot.Count - 1; k >= 0; k--)
            {
                var keep = slot[k] switch
                {
                    Observation observation => parsed.FindSegment("OBX"u8, k + 1) is var obx and >= 0
                        && ObservationRules.Apply(observation, parsed.Segment(obx), k + 1, context),
                    Coverage coverage => CoverageRules.Apply(coverage, k + 1, context),
                    _ => true,
                };
                if (!keep)
                {
                    slot.RemoveAt(k);
                }
            }
        }
    }

    /// <summary>
    /// Two resources of one message with the same business identifier (e.g. two ORC groups repeating one
    /// order number) would share a fullUrl; the later ones get an id derived from the first and their position.
    /// </summary>
    private static void MakeIdsUnique(List<Resource> resources)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < resources.Count; i++)
        {
            var resource = resources[i];
            if (!seen.Add(resource.Id!))
            {
                resource.Id = FhirId.FromKey("duplicate|" + resource.Id, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                seen.Add(resource.Id);
            }
        }
    }

    private static string? PatientKey(Patient patient)
    {
        if (patient.Identifier is null)
        {
            return null;
        }

        string? first = null;
        foreach (var identifier in patient.Identifier)
        {
            if (string.IsNullOrEmpty(identifier.System) || string.IsNullOrEmpty(identifier.Value))
            {
                continue;
            }

            if (identifier.System == FhirSystems.NhsNumber)
            {
                return identifier.System + "|" + identifier.Value;
            }

            first ??= identifier.System + "|" + identifier.Value;
        }

        return first;
    }

    private static bool HasErrors(List<Hl7Issue> issues)
    {
        foreach (var issue in issues)
        {
            if (issue.Severity is Hl7Severity.Error or Hl7Severity.Fatal)
            {
                return true;
            }
        }

        return false;
    }
}
