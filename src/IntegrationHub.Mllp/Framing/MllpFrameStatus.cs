namespace IntegrationHub.Mllp.Framing;

/// <summary>What <see cref="MllpFrameReader.TryRead"/> found.</summary>
public enum MllpFrameStatus
{
    /// <summary>A whole frame: the payload is the full message.</summary>
    Complete,

    /// <summary>
    /// A frame longer than the configured maximum: the payload is only its first bytes (enough to read MSH and
    /// answer with AR); the reader discards the rest of the frame as it arrives.
    /// </summary>
    Oversize,
}
