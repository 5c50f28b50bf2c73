namespace IntegrationHub.Hl7;

/// <summary>What an <see cref="Hl7Element"/> holds, which decides the separator its children split on.</summary>
public enum Hl7Level : byte
{
    /// <summary>A whole field, all repetitions.</summary>
    Field,

    /// <summary>One repetition of a field.</summary>
    Repetition,

    /// <summary>One component.</summary>
    Component,

    /// <summary>One subcomponent.</summary>
    SubComponent,

    /// <summary>Text that is never split (MSH-1 and MSH-2).</summary>
    Literal,
}
