using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>XTN (extended telecommunication number), e.g. PID-13: <c>01132 496000^PRN^PH^^44^113^2496000</c>.</summary>
public readonly ref struct Hl7Xtn
{
    private readonly Hl7Element _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Xtn(Hl7Element value) => _value = value;

    public Hl7Element Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    /// <summary>XTN.1, the number as text (deprecated from v2.6 but what most senders fill).</summary>
    public Hl7Element TelephoneNumber
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1);
    }

    /// <summary>XTN.2 (table 0201): PRN, ORN, WPN, NET …</summary>
    public Hl7Element UseCode
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(2);
    }

    /// <summary>XTN.3 (table 0202): PH, CP, FX, Internet …</summary>
    public Hl7Element EquipmentType
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(3);
    }

    /// <summary>XTN.4, the e-mail address.</summary>
    public Hl7Element EmailAddress
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(4);
    }

    /// <summary>XTN.5.</summary>
    public Hl7Element CountryCode
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(5);
    }

    /// <summary>XTN.6.</summary>
    public Hl7Element AreaCode
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(6);
    }

    /// <summary>XTN.7.</summary>
    public Hl7Element LocalNumber
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(7);
    }

    /// <summary>XTN.8.</summary>
    public Hl7Element Extension
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(8);
    }

    /// <summary>XTN.9.</summary>
    public Hl7Element AnyText
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(9);
    }

    /// <summary>XTN.12 (v2.5+).</summary>
    public Hl7Element UnformattedNumber
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(12);
    }
}
