namespace IntegrationHub.Hl7;

/// <summary>Choices for turning escaped field text into plain text.</summary>
[Flags]
public enum Hl7TextOptions
{
    /// <summary>
    /// Delimiter escapes and <c>\Xhh\</c> are decoded, <c>\.br\</c> becomes a line feed, and formatting escapes
    /// (<c>\H\</c>, <c>\N\</c>, <c>\.sp\</c> …) and character-set switches are dropped.
    /// </summary>
    None = 0,

    /// <summary>Formatting escapes (including <c>\.br\</c>), character-set switches and <c>\Z..\</c> are kept verbatim.</summary>
    KeepFormatting = 1,
}
