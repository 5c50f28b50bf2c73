using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>XPN (extended person name), e.g. PID-5: <c>SMITH^JOHN^PAUL^JR^MR^^L</c>.</summary>
public readonly ref struct Hl7Xpn
{
    private readonly Hl7Element _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Xpn(Hl7Element value) => _value = value;

    public Hl7Element Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    /// <summary>XPN.1 (FN in v2.3+; its first subcomponent is the surname).</summary>
    public Hl7Element FamilyName
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1);
    }

    /// <summary>XPN.1.1, the surname alone.</summary>
    public Hl7Element Surname
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1).Child(1);
    }

    /// <summary>XPN.2.</summary>
    public Hl7Element GivenName
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(2);
    }

    /// <summary>XPN.3, second and further given names or initials.</summary>
    public Hl7Element SecondNames
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(3);
    }

    /// <summary>XPN.4, e.g. JR.</summary>
    public Hl7Element Suffix
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(4);
    }

    /// <summary>XPN.5, e.g. MR, DR.</summary>
    public Hl7Element Prefix
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(5);
    }

    /// <summary>XPN.6 (table 0360).</summary>
    public Hl7Element Degree
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(6);
    }

    /// <summary>XPN.7 (table 0200): L legal, M maiden, A alias …</summary>
    public Hl7Element NameTypeCode
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(7);
    }
}
