namespace IntegrationHub.Hl7;

/// <summary>How the bytes of a message become text, from MSH-18 (HL7 table 0211).</summary>
public enum Hl7Charset
{
    /// <summary>MSH-18 empty: read as UTF-8 (a superset of ASCII) when valid, otherwise as ISO 8859-1.</summary>
    Default,

    /// <summary><c>ASCII</c>: 7-bit; bytes above 0x7F are reported and read as ISO 8859-1.</summary>
    Ascii,

    /// <summary><c>8859/1</c>: ISO 8859-1 (Latin-1), one byte per character.</summary>
    Latin1,

    /// <summary><c>UNICODE UTF-8</c>.</summary>
    Utf8,
}
