namespace IntegrationHub.Hl7;

/// <summary>
/// Splits an HL7 batch file (<c>FHS BHS {MSH …} BTS FTS</c>, or simply several messages one after another) into
/// the byte ranges of its messages, without copying. Each range runs from an MSH segment to the start of the next
/// MSH or batch segment and includes its terminators.
/// </summary>
public static class Hl7Batch
{
    /// <summary>Enumerates the message ranges in <paramref name="data"/>.</summary>
    public static Enumerator Split(ReadOnlySpan<byte> data) => new(data);

    /// <summary>A forward-only enumerator of message ranges (no allocation).</summary>
    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _position;

        internal Enumerator(ReadOnlySpan<byte> data)
        {
            _data = data;
            _position = data.StartsWith(Hl7Text.Utf8Bom) ? 3 : 0;
            Current = default;
        }

        /// <summary>The current message's range within the data.</summary>
        public Range Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            int start = -1;
            while (_position < _data.Length)
            {
                int lineStart = _position;
                var rest = _data[lineStart..];
                int end = rest.IndexOfAny((byte)'\r', (byte)'\n');
                _position = end < 0 ? _data.Length : lineStart + end + 1;
                var line = end < 0 ? rest : rest[..end];
                bool isMsh = line.Length >= 3 && System.Text.Ascii.EqualsIgnoreCase(line[..3], "MSH"u8);
                bool isBatch = line.Length >= 3 && IsBatchSegment(line[..3]);
                if (start < 0)
                {
                    if (isMsh)
                    {
                        start = lineStart;
                    }

                    continue;
                }

                if (isMsh || isBatch)
                {
                    _position = lineStart;
                    Current = new Range(start, lineStart);
                    return true;
                }
            }

            if (start < 0)
            {
                return false;
            }

            Current = new Range(start, _data.Length);
            return true;
        }

        private static bool IsBatchSegment(ReadOnlySpan<byte> id) =>
            System.Text.Ascii.EqualsIgnoreCase(id, "BHS"u8) || System.Text.Ascii.EqualsIgnoreCase(id, "BTS"u8)
            || System.Text.Ascii.EqualsIgnoreCase(id, "FHS"u8) || System.Text.Ascii.EqualsIgnoreCase(id, "FTS"u8);
    }
}
