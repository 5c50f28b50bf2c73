namespace IntegrationHub.Hl7;

/// <summary>How <see cref="Hl7Writer"/> lays out a message. The default is standard HL7: CR after every segment, UTF-8 text.</summary>
/// <param name="Terminator">The segment terminator.</param>
/// <param name="OmitFinalTerminator">Leave the terminator off the last segment (some files do).</param>
/// <param name="Charset">How strings passed to the writer are encoded.</param>
/// <param name="ByteOrderMark">Start with a UTF-8 byte-order mark.</param>
public readonly record struct Hl7WriterOptions(
    Hl7LineEnding Terminator = Hl7LineEnding.Cr,
    bool OmitFinalTerminator = false,
    Hl7Charset Charset = Hl7Charset.Default,
    bool ByteOrderMark = false);
