using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>HD (hierarchic designator): namespace id ^ universal id ^ universal id type. Works as a field or nested in a component.</summary>
public readonly ref struct Hl7Hd
{
    private readonly Hl7Element _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Hd(Hl7Element value) => _value = value;

    public Hl7Element Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    /// <summary>HD.1, e.g. <c>NHS</c> or a local code.</summary>
    public Hl7Element NamespaceId
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1);
    }

    /// <summary>HD.2, e.g. an OID such as <c>2.16.840.1.113883.2.1.4.1</c>.</summary>
    public Hl7Element UniversalId
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(2);
    }

    /// <summary>HD.3, e.g. <c>ISO</c>.</summary>
    public Hl7Element UniversalIdType
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(3);
    }
}
