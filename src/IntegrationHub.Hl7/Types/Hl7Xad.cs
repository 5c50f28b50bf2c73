using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>XAD (extended address), e.g. PID-11: <c>12 Acacia Avenue^Flat 3^Riverside^Leeds^LS1 4AB^GBR^H</c>.</summary>
public readonly ref struct Hl7Xad
{
    private readonly Hl7Element _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Xad(Hl7Element value) => _value = value;

    public Hl7Element Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    /// <summary>XAD.1 (SAD in v2.5+; its first subcomponent is the street line).</summary>
    public Hl7Element StreetAddress
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1);
    }

    /// <summary>XAD.1.1, the first address line.</summary>
    public Hl7Element StreetLine
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1).Child(1);
    }

    /// <summary>XAD.2.</summary>
    public Hl7Element OtherDesignation
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(2);
    }

    /// <summary>XAD.3 (in UK use often the locality or town).</summary>
    public Hl7Element City
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(3);
    }

    /// <summary>XAD.4 (in UK use often the town or county).</summary>
    public Hl7Element StateOrProvince
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(4);
    }

    /// <summary>XAD.5, the postcode.</summary>
    public Hl7Element PostalCode
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(5);
    }

    /// <summary>XAD.6 (ISO 3166).</summary>
    public Hl7Element Country
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(6);
    }

    /// <summary>XAD.7 (table 0190): H home, M mailing …</summary>
    public Hl7Element AddressType
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(7);
    }

    /// <summary>XAD.8.</summary>
    public Hl7Element OtherGeographicDesignation
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(8);
    }

    /// <summary>XAD.9.</summary>
    public Hl7Element CountyCode
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(9);
    }

    /// <summary>XAD.12 (DR in v2.5+, TS before): when the address applies.</summary>
    public Hl7Element DateRange
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(12);
    }
}
