namespace IntegrationHub.Mapping;

/// <summary>Where a row reads its v2 value.</summary>
internal enum RowSource : byte
{
    /// <summary><c>SEG-n</c> or <c>SEG-n.c</c> of the segment being mapped (segment maps).</summary>
    Field,

    /// <summary><c>TYPE.n</c>: a component (or subcomponent) of the value being mapped (datatype maps).</summary>
    Child,

    /// <summary>The datatype itself, e.g. <c>PL</c> in <c>PL[EncounterLocation]</c>.</summary>
    Whole,

    /// <summary><c>MSH-n</c>: a field of the message header, from any map.</summary>
    Header,

    /// <summary><c>'text'</c>: a constant.</summary>
    Constant,
}
