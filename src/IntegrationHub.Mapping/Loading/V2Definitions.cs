namespace IntegrationHub.Mapping;

/// <summary>
/// What HL7 v2.5.1 defines (fields per segment, components per datatype), so a mapping that names
/// <c>PID-99</c> or <c>CX.12</c> fails at start-up rather than silently mapping nothing.
/// Z-segments are local: a sender profile may map any of their fields.
/// </summary>
internal static class V2Definitions
{
    private static readonly Dictionary<string, int> SegmentFields = new(StringComparer.Ordinal)
    {
        ["MSH"] = 21, ["EVN"] = 7, ["PID"] = 39, ["PD1"] = 21, ["PV1"] = 52, ["PV2"] = 49, ["NK1"] = 39,
        ["MRG"] = 7, ["AL1"] = 6, ["IAM"] = 20, ["DG1"] = 21, ["PR1"] = 20, ["OBX"] = 25, ["IN1"] = 53, ["GT1"] = 57,
        ["ORC"] = 31, ["RXE"] = 44, ["RXO"] = 28, ["RXR"] = 6, ["RXC"] = 9, ["RXD"] = 33, ["RXA"] = 26,
    };

    private static readonly Dictionary<string, int> DatatypeComponents = new(StringComparer.Ordinal)
    {
        ["ST"] = 1, ["ID"] = 1, ["IS"] = 1, ["NM"] = 1, ["SI"] = 1, ["TX"] = 1, ["FT"] = 1, ["DT"] = 1, ["DTM"] = 1,
        ["TS"] = 2, ["CX"] = 10, ["XPN"] = 14, ["XAD"] = 14, ["XTN"] = 18, ["XCN"] = 23, ["XON"] = 10,
        ["PL"] = 11, ["HD"] = 3, ["CWE"] = 9, ["CE"] = 6, ["CNE"] = 9, ["EI"] = 4, ["CQ"] = 2, ["DLD"] = 2,
        ["FC"] = 2, ["MSG"] = 3, ["PT"] = 2, ["VID"] = 3, ["EIP"] = 2, ["TQ"] = 12, ["RI"] = 2, ["LA2"] = 16,
        ["CP"] = 6, ["MO"] = 2, ["SN"] = 4, ["JCC"] = 3, ["DR"] = 2, ["FN"] = 5, ["SAD"] = 3,
    };

    /// <summary>True for a segment HL7 defines (or a Z-segment) that has field <paramref name="field"/>.</summary>
    public static bool HasField(string segment, int field, out string? problem)
    {
        if (segment.Length == 3 && segment[0] == 'Z')
        {
            problem = null;
            return field >= 1;
        }

        if (!SegmentFields.TryGetValue(segment, out var count))
        {
            problem = $"unknown v2 segment '{segment}'";
            return false;
        }

        if (field < 1 || field > count)
        {
            problem = $"unknown v2 field '{segment}-{field}' ({segment} has fields 1 to {count})";
            return false;
        }

        problem = null;
        return true;
    }

    public static bool IsSegment(string segment) =>
        SegmentFields.ContainsKey(segment) || (segment.Length == 3 && segment[0] == 'Z');

    public static bool IsDatatype(string datatype) => DatatypeComponents.ContainsKey(datatype);

    /// <summary>True when <paramref name="datatype"/> has component <paramref name="component"/>.</summary>
    public static bool HasComponent(string datatype, int component, out string? problem)
    {
        if (!DatatypeComponents.TryGetValue(datatype, out var count))
        {
            problem = $"unknown v2 datatype '{datatype}'";
            return false;
        }

        if (component < 1 || component > count)
        {
            problem = $"unknown v2 component '{datatype}.{component}' ({datatype} has components 1 to {count})";
            return false;
        }

        problem = null;
        return true;
    }
}
