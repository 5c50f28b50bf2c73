using System.Buffers;

namespace IntegrationHub.Hl7;

/// <summary>
/// Writes an HL7 ACK (MSH, MSA and one ERR per issue) with <see cref="Hl7Writer"/>, using the inbound message's
/// delimiters so raw header fields can be copied across unchanged. No MLLP envelope; every segment ends with CR.
/// </summary>
public static class AckWriter
{
    /// <summary>
    /// Writes one ACK. MSH-3/4 are the inbound MSH-5/6 (or the options' names when those are empty or there is no
    /// inbound header), MSH-5/6 the inbound MSH-3/4, MSH-9 <c>ACK^trigger^ACK</c>, MSH-11/12 echo the inbound
    /// message (defaults P and 2.4), MSH-18 echoes the inbound character set. Before v2.5, ERR-1 (ELD) is written
    /// as well as ERR-2 (ERL), ERR-3 (code^text^HL70357), ERR-4 (E/W/I/F) and ERR-8 (the issue's message).
    /// </summary>
    public static void Write(IBufferWriter<byte> output, MessageHeader? inbound, AckCode code, ReadOnlySpan<Hl7Issue> issues, in AckOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        var charset = inbound?.Charset ?? Hl7Charset.Default;
        var writer = new Hl7Writer(output, inbound?.Delimiters ?? Hl7Delimiters.Default, new Hl7WriterOptions(Charset: charset));
        string version = string.IsNullOrEmpty(inbound?.Version) ? "2.4" : inbound.Version;

        writer.BeginSegment("MSH"u8);
        NameOrDefault(ref writer, 3, inbound?.ReceivingApplication, options.SendingApplication);
        NameOrDefault(ref writer, 4, inbound?.ReceivingFacility, options.SendingFacility);
        writer.MoveTo(5);
        writer.WriteRaw(inbound?.SendingApplication);
        writer.MoveTo(6);
        writer.WriteRaw(inbound?.SendingFacility);
        writer.MoveTo(7);
        writer.WriteTimestamp(options.Timestamp);
        writer.WriteField(9, "ACK"u8);
        writer.MoveTo(9, 1, 2);
        writer.WriteText(inbound?.TriggerEvent);
        writer.MoveTo(9, 1, 3);
        writer.WriteText("ACK"u8);
        writer.WriteField(10, options.ControlId ?? string.Empty);
        writer.WriteField(11, string.IsNullOrEmpty(inbound?.ProcessingId) ? "P" : inbound.ProcessingId);
        writer.WriteField(12, version);
        if (!string.IsNullOrEmpty(inbound?.CharacterSet))
        {
            // The copied raw fields are in the inbound character set, so the ACK declares it too.
            writer.WriteField(18, inbound.CharacterSet);
        }

        writer.BeginSegment("MSA"u8);
        writer.WriteField(1, CodeText(code));
        writer.WriteField(2, inbound?.ControlId ?? string.Empty);

        bool writeErr1 = !IsVersion25OrLater(version);
        foreach (ref readonly var issue in issues)
        {
            WriteErr(ref writer, issue, writeErr1);
        }

        writer.End();
    }

    private static void WriteErr(ref Hl7Writer writer, in Hl7Issue issue, bool writeErr1)
    {
        var location = issue.Location;
        string text = Hl7ErrorCodes.Text(issue.Code);
        writer.BeginSegment("ERR"u8);
        if (writeErr1)
        {
            // ERR-1 (ELD, before v2.5): segment^sequence^field^code&text&HL70357
            writer.WriteField(1, location.Segment ?? string.Empty);
            NumberAt(ref writer, 1, 2, location.SegmentSequence);
            NumberAt(ref writer, 1, 3, location.Field);
            writer.MoveTo(1, 1, 4, 1);
            writer.WriteNumber((int)issue.Code);
            writer.MoveTo(1, 1, 4, 2);
            writer.WriteText(text);
            writer.MoveTo(1, 1, 4, 3);
            writer.WriteText("HL70357"u8);
        }

        // ERR-2 (ERL): segment^sequence^field^repetition^component^subcomponent, every component present.
        writer.WriteField(2, location.Segment ?? string.Empty);
        NumberAt(ref writer, 2, 2, location.SegmentSequence);
        NumberAt(ref writer, 2, 3, location.Field);
        NumberAt(ref writer, 2, 4, location.Repetition);
        NumberAt(ref writer, 2, 5, location.Component);
        NumberAt(ref writer, 2, 6, location.SubComponent);
        writer.MoveTo(2, 1, 6);

        // ERR-3 (CWE): code^text^HL70357; ERR-4 severity; ERR-8 the user message.
        writer.MoveTo(3);
        writer.WriteNumber((int)issue.Code);
        writer.MoveTo(3, 1, 2);
        writer.WriteText(text);
        writer.MoveTo(3, 1, 3);
        writer.WriteText("HL70357"u8);
        writer.WriteField(4, SeverityCode(issue.Severity));
        writer.WriteField(8, issue.Message ?? string.Empty);
    }

    private static void NameOrDefault(ref Hl7Writer writer, int field, string? raw, string? fallback)
    {
        writer.MoveTo(field);
        if (!string.IsNullOrEmpty(raw))
        {
            writer.WriteRaw(raw);
        }
        else
        {
            writer.WriteText(fallback);
        }
    }

    private static void NumberAt(ref Hl7Writer writer, int field, int component, int value)
    {
        if (value > 0)
        {
            writer.MoveTo(field, 1, component);
            writer.WriteNumber(value);
        }
    }

    private static bool IsVersion25OrLater(string version)
    {
        Span<byte> bytes = stackalloc byte[16];
        int length = 0;
        foreach (char c in version.AsSpan(0, Math.Min(version.Length, bytes.Length)))
        {
            bytes[length++] = c < 0x80 ? (byte)c : (byte)'?';
        }

        return Hl7Version.TryParse(bytes[..length], out var parsed) && parsed >= Hl7Version.V25;
    }

    private static ReadOnlySpan<byte> SeverityCode(Hl7Severity severity) => severity switch
    {
        Hl7Severity.Warning => "W"u8,
        Hl7Severity.Information => "I"u8,
        Hl7Severity.Fatal => "F"u8,
        _ => "E"u8,
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
