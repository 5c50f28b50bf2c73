using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>PL (person location), e.g. PV1-3: <c>RRK-WD12^B3^01^RRK^^BED^Ward 12</c>.</summary>
public readonly ref struct Hl7Pl
{
    private readonly Hl7Element _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Pl(Hl7Element value) => _value = value;

    public Hl7Element Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    /// <summary>PL.1 (ward or clinic).</summary>
    public Hl7Element PointOfCare
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1);
    }

    /// <summary>PL.2.</summary>
    public Hl7Element Room
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(2);
    }

    /// <summary>PL.3.</summary>
    public Hl7Element Bed
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(3);
    }

    /// <summary>PL.4 (HD, e.g. the site code).</summary>
    public Hl7Hd Facility
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_value.Child(4));
    }

    /// <summary>PL.5.</summary>
    public Hl7Element LocationStatus
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(5);
    }

    /// <summary>PL.6.</summary>
    public Hl7Element PersonLocationType
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(6);
    }

    /// <summary>PL.7.</summary>
    public Hl7Element Building
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(7);
    }

    /// <summary>PL.8.</summary>
    public Hl7Element Floor
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(8);
    }

    /// <summary>PL.9.</summary>
    public Hl7Element LocationDescription
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(9);
    }
}
