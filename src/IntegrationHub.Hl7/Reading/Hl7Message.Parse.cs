using System.Text;
using System.Text.Unicode;

namespace IntegrationHub.Hl7;

public ref partial struct Hl7Message
{
    /// <summary>
    /// Indexes <paramref name="data"/>. Never throws for bad content: problems become <see cref="Issues"/> and the
    /// message holds whatever could be read. Accepts CR, LF or CRLF terminators, a UTF-8 byte-order mark,
    /// lower-case segment ids (reported) and batches (FHS/BHS … BTS/FTS with several MSH).
    /// </summary>
    public static Hl7Message Parse(ReadOnlySpan<byte> data, Hl7ParseOptions options = default)
    {
        var message = new Hl7Message(data);
        message.Index(options);
        return message;
    }

    private void Index(in Hl7ParseOptions options)
    {
        var data = _data;
        int position = 0;
        if (data.StartsWith(Hl7Text.Utf8Bom))
        {
            HasByteOrderMark = true;
            position = 3;
        }

        // Blank lines before the first segment (common in files) are not content.
        while (position < data.Length && data[position] is (byte)'\r' or (byte)'\n')
        {
            position++;
        }

        if (position >= data.Length)
        {
            AddIssue(Hl7ErrorCode.RequiredFieldMissing, Hl7Severity.Fatal, Hl7Location.ForSegment("MSH"), "The message is empty");
            return;
        }

        ReadDelimiters(data[position..]);
        byte fieldSeparator = Delimiters.Field;
        bool terminatorSeen = false;
        while (position < data.Length)
        {
            var rest = data[position..];
            int end = rest.IndexOfAny((byte)'\r', (byte)'\n');
            int length = end < 0 ? rest.Length : end;
            int terminator = end < 0 ? 0 : end + 1 < rest.Length && rest[end] == '\r' && rest[end + 1] == '\n' ? 2 : 1;
            if (terminator > 0 && !terminatorSeen)
            {
                terminatorSeen = true;
                SegmentTerminator = terminator == 2 ? Hl7LineEnding.CrLf : rest[end] == '\r' ? Hl7LineEnding.Cr : Hl7LineEnding.Lf;
            }

            if (length > 0)
            {
                AddSegment(position, length, CheckSegmentId(rest[..length], fieldSeparator));
                CheckEscapes(rest[..length]);
            }
            else
            {
                // A run of blank lines: skipped in one step (so a million of them stay linear), reported once
                // unless it only trails the message, where it is file framing rather than content.
                int next = rest.IndexOfAnyExcept((byte)'\r', (byte)'\n');
                if (next < 0)
                {
                    EndsWithTerminator = true;
                    break;
                }

                AddIssue(Hl7ErrorCode.SegmentSequenceError, Hl7Severity.Warning, Hl7Location.ForSegment(string.Empty, _segmentCount + 1), "Empty line between segments ignored");
                position += next;
                continue;
            }

            EndsWithTerminator = terminator > 0;
            position += length + terminator;
        }

        ReadHeaderFields();
        if (!options.SkipTextValidation)
        {
            ValidateText(data[(HasByteOrderMark ? 3 : 0)..]);
        }
    }

    /// <summary>Reports malformed escape sequences now, so they are issues rather than silently mangled text later.</summary>
    private void CheckEscapes(ReadOnlySpan<byte> segment)
    {
        var d = Delimiters;
        if (d.Escape == 0 || segment.IndexOf(d.Escape) < 0)
        {
            return;
        }

        int skip = 0;
        if (Hl7Segment.IsHeaderId(segment))
        {
            // MSH-2 holds the escape character itself; start after it.
            int msh2End = segment.Length > 4 ? segment[4..].IndexOf(d.Field) : -1;
            if (msh2End < 0)
            {
                return;
            }

            skip = 4 + msh2End;
        }

        int bad = Hl7Escaping.IndexOfInvalidEscape(segment[skip..], d);
        if (bad >= 0)
        {
            bad += skip;
            int field = segment[..bad].Count(d.Field) + (Hl7Segment.IsHeaderId(segment) ? 1 : 0);
            string id = Encoding.Latin1.GetString(segment[..Math.Min(3, segment.Length)]).ToUpperInvariant();
            AddIssue(Hl7ErrorCode.DataTypeError, Hl7Severity.Warning, new Hl7Location(id, 0, field, 0, 0, 0),
                $"Malformed escape sequence in {id}-{field}; the escape character is kept as text");
        }
    }

    private void ReadDelimiters(ReadOnlySpan<byte> first)
    {
        if (!Hl7Segment.IsHeaderId(first))
        {
            AddIssue(Hl7ErrorCode.SegmentSequenceError, Hl7Severity.Fatal, Hl7Location.ForSegment("MSH", 1), "The message does not start with an MSH (or FHS/BHS) segment");
            return;
        }

        int end = first.IndexOfAny((byte)'\r', (byte)'\n');
        if (Hl7Delimiters.TryRead(end < 0 ? first : first[..end], out var delimiters, out int encodingLength, out string? problem))
        {
            Delimiters = delimiters;
            if (encodingLength < 4)
            {
                AddIssue(Hl7ErrorCode.DataTypeError, Hl7Severity.Warning, Hl7Location.ForField("MSH", 2), "MSH-2 declares fewer than four encoding characters; the missing ones are not used");
            }
        }
        else
        {
            AddIssue(Hl7ErrorCode.DataTypeError, Hl7Severity.Fatal, Hl7Location.ForField("MSH", 2), problem!);
        }
    }

    /// <summary>Packs the id and reports ids that are not three upper-case letters/digits.</summary>
    private int CheckSegmentId(ReadOnlySpan<byte> segment, byte fieldSeparator)
    {
        int idLength = segment.IndexOf(fieldSeparator);
        var id = idLength < 0 ? segment : segment[..idLength];
        if (id.Length == 3 && char.IsAsciiLetterUpper((char)id[0]) && char.IsAsciiLetterUpper((char)id[1]) | char.IsAsciiDigit((char)id[1])
            && char.IsAsciiLetterUpper((char)id[2]) | char.IsAsciiDigit((char)id[2]))
        {
            return Hl7Path.Pack(id);
        }

        ReportSegmentId(id);
        return Hl7Path.Pack(id.Length == 3 ? id : default);
    }

    private void ReportSegmentId(ReadOnlySpan<byte> id)
    {
        bool lower = id.Length == 3 && !id.ContainsAnyExcept(LetterOrDigit) && char.IsAsciiLetter((char)id[0]);
        string text = Encoding.Latin1.GetString(id[..Math.Min(id.Length, 8)]);
        if (lower)
        {
            AddIssue(Hl7ErrorCode.SegmentSequenceError, Hl7Severity.Warning, Hl7Location.ForSegment(text.ToUpperInvariant(), 0), $"Segment id '{text}' is not in upper case; read as {text.ToUpperInvariant()}");
        }
        else
        {
            AddIssue(Hl7ErrorCode.SegmentSequenceError, Hl7Severity.Error, Hl7Location.ForSegment(string.Empty, _segmentCount + 1), $"Segment {_segmentCount + 1} has an invalid id");
        }
    }

    private static readonly System.Buffers.SearchValues<byte> LetterOrDigit =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"u8);

    private void ReadHeaderFields()
    {
        int msh = FindSegment(MshId);
        if (msh < 0)
        {
            if (_issueCount == 0)
            {
                AddIssue(Hl7ErrorCode.SegmentSequenceError, Hl7Severity.Fatal, Hl7Location.ForSegment("MSH"), "The message has no MSH segment");
            }

            return;
        }

        var header = Segment(msh);
        var charsetField = header.Field(18).Repetition(1).Component(1);
        if (Hl7Text.TryGetCharset(charsetField.Raw, out var charset))
        {
            Charset = charset;
        }
        else
        {
            AddIssue(Hl7ErrorCode.TableValueNotFound, Hl7Severity.Error, Hl7Location.ForField("MSH", 18, 0, 1),
                $"Character set '{Encoding.Latin1.GetString(charsetField.Raw[..Math.Min(charsetField.Raw.Length, 32)])}' is not supported (ASCII, 8859/1, UNICODE UTF-8); read as UTF-8");
        }

        var versionField = header.Field(12).Component(1).Raw;
        if (versionField.IsEmpty)
        {
            AddIssue(Hl7ErrorCode.RequiredFieldMissing, Hl7Severity.Warning, Hl7Location.ForField("MSH", 12), "MSH-12 (version) is empty");
        }
        else if (!Hl7Version.TryParse(versionField, out var version) || !version.IsKnown)
        {
            AddIssue(Hl7ErrorCode.UnsupportedVersionId, Hl7Severity.Error, Hl7Location.ForField("MSH", 12, 0, 1), "MSH-12 is not an HL7 v2 version");
        }
        else
        {
            Version = version;
        }
    }

    private static readonly int MshId = Hl7Path.Pack("MSH"u8);

    private void ValidateText(ReadOnlySpan<byte> data)
    {
        if (Charset == Hl7Charset.Utf8 && !Utf8.IsValid(data))
        {
            AddIssue(Hl7ErrorCode.DataTypeError, Hl7Severity.Warning, Hl7Location.ForField("MSH", 18), "The message declares UTF-8 but holds invalid UTF-8 bytes; they read as U+FFFD");
        }
        else if (Charset == Hl7Charset.Ascii && !Ascii.IsValid(data))
        {
            AddIssue(Hl7ErrorCode.DataTypeError, Hl7Severity.Warning, Hl7Location.ForField("MSH", 18), "The message declares ASCII but holds bytes above 0x7F; read as ISO 8859-1");
        }
    }
}
