namespace IntegrationHub.Mapping;

/// <summary>A compiled message map: which segments make which resources, and how the resources reference each other.</summary>
internal sealed record MessagePlan(string Name, ResourceSlot[] Slots, MessageRowPlan[] Rows, LinkPlan[] Links);

/// <summary>A resource the message makes, e.g. <c>Patient</c> or <c>Patient/retired</c>.</summary>
internal sealed record ResourceSlot(string Label, Type Type, Func<Fhir.Resource> Create, bool Focus);

/// <summary>
/// A message row: segment, the slot it fills, its segment map, and whether every occurrence counts. With
/// <c>each</c>, every occurrence of the slot's first segment (its anchor, e.g. ORC) makes a resource, and the
/// other segments of the slot go to the resource of the anchor before them (the v2 group they belong to).
/// </summary>
internal sealed record MessageRowPlan(string Segment, int PackedId, int Slot, SegmentPlan Plan, bool Each, int AnchorPackedId);

/// <summary>A reference from every resource of one slot to the first resource of another.</summary>
internal sealed record LinkPlan(int From, int To, ReferenceSetter Setter);
