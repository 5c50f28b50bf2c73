using System.Buffers;

namespace IntegrationHub.Hl7;

/// <summary>
/// Writes an HL7 ACK (MSH, MSA and one ERR per issue) with the inbound message's delimiters, so raw header fields
/// can be copied across unchanged. No MLLP envelope; every segment ends with CR.
/// </summary>
public static class AckWriter
{
    private static readonly Hl7Version FirstWithoutErr1 = Hl7Version.V25;

    /// <summary>
    /// Writes one ACK. MSH-3/4 are the inbound MSH-5/6 (or the options' names when those are empty or there is no
    /// inbound header), MSH-5/6 the inbound MSH-3/4, MSH-9 <c>ACK^trigger^ACK</c>, MSH-11/12 echo the inbound
    /// message (defaults P and 2.4). Before v2.5, ERR-1 (ELD) is written as well as ERR-2/3/4/8.
    /// </summary>
    public static void Write(IBufferWriter<byte> output, MessageHeader? inbound, AckCode code, ReadOnlySpan<Hl7Issue> issues, in AckOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        var d = inbound?.Delimiters ?? Hl7Delimiters.Default;
        var charset = inbound?.Charset ?? Hl7Charset.Default;
        string version = string.IsNullOrEmpty(inbound?.Version) ? "2.4" : inbound.Version;
        bool writeErr1 = !Hl7Version.TryParse(System.Text.Encoding.Latin1.GetBytes(version), out var parsed) || parsed < FirstWithoutErr1;

        WriteHeader(output, inbound, d, charset, version, options);

        Hl7Output.Bytes(output, "MSA"u8);
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Bytes(output, CodeText(code));
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Escaped(output, inbound?.ControlId, d, charset);
        Hl7Output.Byte(output, (byte)'\r');

        int sequence = 0;
        foreach (ref readonly var issue in issues)
        {
            WriteErr(output, issue, d, charset, writeErr1, ++sequence);
        }
    }

    private static void WriteHeader(IBufferWriter<byte> output, MessageHeader? inbound, in Hl7Delimiters d, Hl7Charset charset, string version, in AckOptions options)
    {
        Span<byte> encoding = stackalloc byte[5];
        Hl7Output.Bytes(output, "MSH"u8);
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Bytes(output, encoding[..d.WriteEncodingCharacters(encoding)]);
        Hl7Output.Byte(output, d.Field);
        NameOrDefault(output, inbound?.ReceivingApplication, options.SendingApplication, d, charset);
        Hl7Output.Byte(output, d.Field);
        NameOrDefault(output, inbound?.ReceivingFacility, options.SendingFacility, d, charset);
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Raw(output, inbound?.SendingApplication, charset);
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Raw(output, inbound?.SendingFacility, charset);
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Timestamp(output, options.Timestamp);
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Bytes(output, "ACK"u8);
        Hl7Output.Byte(output, d.Component);
        Hl7Output.Escaped(output, inbound?.TriggerEvent, d, charset);
        Hl7Output.Byte(output, d.Component);
        Hl7Output.Bytes(output, "ACK"u8);
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Escaped(output, options.ControlId, d, charset);
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Escaped(output, string.IsNullOrEmpty(inbound?.ProcessingId) ? "P" : inbound.ProcessingId, d, charset);
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Escaped(output, version, d, charset);
        if (!string.IsNullOrEmpty(inbound?.CharacterSet))
        {
            // The copied raw fields are in the inbound character set, so the ACK declares it too (MSH-18).
            Span<byte> separators = [d.Field, d.Field, d.Field, d.Field, d.Field, d.Field];
            Hl7Output.Bytes(output, separators);
            Hl7Output.Escaped(output, inbound.CharacterSet, d, charset);
        }

        Hl7Output.Byte(output, (byte)'\r');
    }

    private static void NameOrDefault(IBufferWriter<byte> output, string? raw, string? fallback, in Hl7Delimiters d, Hl7Charset charset)
    {
        if (!string.IsNullOrEmpty(raw))
        {
            Hl7Output.Raw(output, raw, charset);
        }
        else
        {
            Hl7Output.Escaped(output, fallback, d, charset);
        }
    }

    private static void WriteErr(IBufferWriter<byte> output, in Hl7Issue issue, in Hl7Delimiters d, Hl7Charset charset, bool writeErr1, int sequence)
    {
        var location = issue.Location;
        string text = Hl7ErrorCodes.Text(issue.Code);
        Hl7Output.Bytes(output, "ERR"u8);
        Hl7Output.Byte(output, d.Field);
        if (writeErr1)
        {
            // ERR-1 (ELD, before v2.5): segment^sequence^field^code&text&HL70357
            Hl7Output.Escaped(output, location.Segment, d, charset);
            Hl7Output.Byte(output, d.Component);
            NumberIfGiven(output, location.SegmentSequence);
            Hl7Output.Byte(output, d.Component);
            NumberIfGiven(output, location.Field);
            Hl7Output.Byte(output, d.Component);
            Hl7Output.Number(output, (int)issue.Code);
            Hl7Output.Byte(output, d.SubComponent);
            Hl7Output.Escaped(output, text, d, charset);
            Hl7Output.Byte(output, d.SubComponent);
            Hl7Output.Bytes(output, "HL70357"u8);
        }

        // ERR-2 (ERL): segment^sequence^field^repetition^component^subcomponent
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Escaped(output, location.Segment, d, charset);
        Hl7Output.Byte(output, d.Component);
        NumberIfGiven(output, location.SegmentSequence);
        Hl7Output.Byte(output, d.Component);
        NumberIfGiven(output, location.Field);
        Hl7Output.Byte(output, d.Component);
        NumberIfGiven(output, location.Repetition);
        Hl7Output.Byte(output, d.Component);
        NumberIfGiven(output, location.Component);
        Hl7Output.Byte(output, d.Component);
        NumberIfGiven(output, location.SubComponent);

        // ERR-3 (CWE): code^text^HL70357
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Number(output, (int)issue.Code);
        Hl7Output.Byte(output, d.Component);
        Hl7Output.Escaped(output, text, d, charset);
        Hl7Output.Byte(output, d.Component);
        Hl7Output.Bytes(output, "HL70357"u8);

        // ERR-4 severity, then ERR-5..7 empty and ERR-8 the user message.
        Hl7Output.Byte(output, d.Field);
        Hl7Output.Byte(output, SeverityCode(issue.Severity));
        Span<byte> separators = [d.Field, d.Field, d.Field, d.Field];
        Hl7Output.Bytes(output, separators);
        Hl7Output.Escaped(output, issue.Message, d, charset);
        Hl7Output.Byte(output, (byte)'\r');
    }

    private static void NumberIfGiven(IBufferWriter<byte> output, int value)
    {
        if (value > 0)
        {
            Hl7Output.Number(output, value);
        }
    }

    private static byte SeverityCode(Hl7Severity severity) => severity switch
    {
        Hl7Severity.Warning => (byte)'W',
        Hl7Severity.Information => (byte)'I',
        Hl7Severity.Fatal => (byte)'F',
        _ => (byte)'E',
    };

    private static ReadOnlySpan<byte> CodeText(AckCode code) => code switch
    {
        AckCode.AA => "AA"u8,
        AckCode.AE => "AE"u8,
        AckCode.AR => "AR"u8,
        AckCode.CA => "CA"u8,
        AckCode.CE => "CE"u8,
        _ => "CR"u8,
    };
}
