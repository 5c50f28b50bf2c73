using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>EI (entity identifier), e.g. ORC-2 placer order number.</summary>
public readonly ref struct Hl7Ei
{
    private readonly Hl7Element _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Ei(Hl7Element value) => _value = value;

    public Hl7Element Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    /// <summary>EI.1.</summary>
    public Hl7Element EntityIdentifier
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1);
    }

    /// <summary>EI.2.</summary>
    public Hl7Element NamespaceId
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(2);
    }

    /// <summary>EI.3.</summary>
    public Hl7Element UniversalId
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(3);
    }

    /// <summary>EI.4.</summary>
    public Hl7Element UniversalIdType
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(4);
    }
}
