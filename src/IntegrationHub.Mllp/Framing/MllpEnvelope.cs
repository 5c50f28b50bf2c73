namespace IntegrationHub.Mllp.Framing;

/// <summary>The three bytes of the Minimal Lower Layer Protocol envelope: VT payload FS CR.</summary>
public static class MllpEnvelope
{
    /// <summary>Vertical tab: starts a frame.</summary>
    public const byte StartBlock = 0x0B;

    /// <summary>File separator: ends a frame's payload.</summary>
    public const byte EndBlock = 0x1C;

    /// <summary>Carriage return: follows the end block.</summary>
    public const byte CarriageReturn = 0x0D;
}
