using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>XON (extended organization), e.g. PD1-3 GP practice: <c>Riverside Medical Practice^GPPRC^^^^^^^^B86001</c>.</summary>
public readonly ref struct Hl7Xon
{
    private readonly Hl7Element _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Xon(Hl7Element value) => _value = value;

    public Hl7Element Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    /// <summary>XON.1.</summary>
    public Hl7Element OrganizationName
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1);
    }

    /// <summary>XON.2 (table 0204).</summary>
    public Hl7Element OrganizationNameTypeCode
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(2);
    }

    /// <summary>XON.3 (NM before v2.5; where v2.4 senders put the code).</summary>
    public Hl7Element IdNumber
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(3);
    }

    /// <summary>XON.6.</summary>
    public Hl7Hd AssigningAuthority
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_value.Child(6));
    }

    /// <summary>XON.7 (table 0203).</summary>
    public Hl7Element IdentifierTypeCode
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(7);
    }

    /// <summary>XON.8.</summary>
    public Hl7Hd AssigningFacility
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_value.Child(8));
    }

    /// <summary>XON.10 (v2.5+), e.g. an ODS code.</summary>
    public Hl7Element OrganizationIdentifier
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(10);
    }

    /// <summary>XON.10 when present, else XON.3: where senders of either era put the organisation's code.</summary>
    public Hl7Element Identifier
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => OrganizationIdentifier.HasValue ? OrganizationIdentifier : IdNumber;
    }
}
