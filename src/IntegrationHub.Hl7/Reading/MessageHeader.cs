using System.Text;

namespace IntegrationHub.Hl7;

/// <summary>
/// The MSH fields the intake needs to route and acknowledge a message, read cheaply without indexing the rest.
/// Raw fields keep their escaped form (all components) so they can be copied into an ACK with the same delimiters.
/// </summary>
public sealed class MessageHeader
{
    private MessageHeader(Hl7Segment msh, Hl7Charset charset)
    {
        Delimiters = msh.Delimiters;
        Charset = charset;
        var encoding = Hl7Output.EncodingFor(charset);
        SendingApplication = RawText(msh.Field(3), encoding);
        SendingFacility = RawText(msh.Field(4), encoding);
        ReceivingApplication = RawText(msh.Field(5), encoding);
        ReceivingFacility = RawText(msh.Field(6), encoding);
        MessageDateTime = RawText(msh.Field(7), encoding);
        var type = msh.Field(9);
        MessageCode = type.Component(1).ToString();
        TriggerEvent = type.Component(2).ToString();
        MessageStructure = type.Component(3).ToString();
        ControlId = msh.Field(10).ToString();
        ProcessingId = msh.Field(11).Component(1).ToString();
        Version = msh.Field(12).Component(1).ToString();
        AcceptAckType = msh.Field(15).ToString();
        ApplicationAckType = msh.Field(16).ToString();
        CharacterSet = msh.Field(18).Component(1).ToString();
    }

    /// <summary>MSH-1/MSH-2.</summary>
    public Hl7Delimiters Delimiters { get; }

    /// <summary>The character set MSH-18 names (<see cref="Hl7Charset.Default"/> when empty or unknown).</summary>
    public Hl7Charset Charset { get; }

    /// <summary>MSH-3, raw field text as sent (escaped form, all components).</summary>
    public string SendingApplication { get; }

    /// <summary>MSH-4, raw.</summary>
    public string SendingFacility { get; }

    /// <summary>MSH-5, raw.</summary>
    public string ReceivingApplication { get; }

    /// <summary>MSH-6, raw.</summary>
    public string ReceivingFacility { get; }

    /// <summary>MSH-7, raw.</summary>
    public string MessageDateTime { get; }

    /// <summary>MSH-9.1, e.g. ADT or ACK.</summary>
    public string MessageCode { get; }

    /// <summary>MSH-9.2, e.g. A01.</summary>
    public string TriggerEvent { get; }

    /// <summary>MSH-9.3 (may be empty).</summary>
    public string MessageStructure { get; }

    /// <summary>MSH-10, unescaped.</summary>
    public string ControlId { get; }

    /// <summary>MSH-11.1.</summary>
    public string ProcessingId { get; }

    /// <summary>MSH-12.1.</summary>
    public string Version { get; }

    /// <summary>MSH-15 (empty when not sent).</summary>
    public string AcceptAckType { get; }

    /// <summary>MSH-16 (empty when not sent).</summary>
    public string ApplicationAckType { get; }

    /// <summary>MSH-18.1 (empty when not sent).</summary>
    public string CharacterSet { get; }

    /// <summary>
    /// Reads the MSH segment of <paramref name="message"/> (after an optional byte-order mark, blank lines and FHS/BHS
    /// batch headers). Returns false with a specific issue when there is no readable MSH; never throws for bad input.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> message, out MessageHeader? header, out Hl7Issue issue)
    {
        header = null;
        if (message.StartsWith(Hl7Text.Utf8Bom))
        {
            message = message[3..];
        }

        var msh = default(ReadOnlySpan<byte>);
        while (!message.IsEmpty)
        {
            int end = message.IndexOfAny((byte)'\r', (byte)'\n');
            var line = end < 0 ? message : message[..end];
            message = end < 0 ? default : message[(end + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Length >= 3 && Ascii.EqualsIgnoreCase(line[..3], "MSH"u8))
            {
                msh = line;
                break;
            }

            if (!(line.Length >= 3 && (Ascii.EqualsIgnoreCase(line[..3], "FHS"u8) || Ascii.EqualsIgnoreCase(line[..3], "BHS"u8))))
            {
                issue = Fatal(Hl7ErrorCode.SegmentSequenceError, 0, "The message does not start with an MSH segment");
                return false;
            }
        }

        if (msh.IsEmpty)
        {
            issue = Fatal(Hl7ErrorCode.RequiredFieldMissing, 0, "The message has no MSH segment");
            return false;
        }

        if (!Hl7Delimiters.TryRead(msh, out var delimiters, out _, out string? problem))
        {
            issue = Fatal(Hl7ErrorCode.DataTypeError, msh.Length < 4 ? 1 : 2, problem!);
            return false;
        }

        var segment = new Hl7Segment(msh, delimiters);
        Hl7Text.TryGetCharset(segment.Field(18).Component(1).Raw, out var charset);
        segment = new Hl7Segment(msh, delimiters, charset);
        header = new MessageHeader(segment, charset);
        issue = default;
        return true;
    }

    private static Hl7Issue Fatal(Hl7ErrorCode code, int field, string message) =>
        new(code, Hl7Severity.Fatal, Hl7Location.ForField("MSH", field), message);

    private static string RawText(Hl7Element field, Encoding encoding) =>
        field.IsEmpty ? string.Empty : encoding.GetString(field.Raw);
}
