using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>XCN (extended composite id and name for persons), e.g. PV1-7 or PD1-4: <c>G8123456^PATEL^ANIL^^^DR^^^GMP</c>.</summary>
public readonly ref struct Hl7Xcn
{
    private readonly Hl7Element _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Xcn(Hl7Element value) => _value = value;

    public Hl7Element Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    /// <summary>XCN.1, e.g. a GMC or GMP code.</summary>
    public Hl7Element IdNumber
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1);
    }

    /// <summary>XCN.2 (FN; its first subcomponent is the surname).</summary>
    public Hl7Element FamilyName
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(2);
    }

    /// <summary>XCN.2.1.</summary>
    public Hl7Element Surname
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(2).Child(1);
    }

    /// <summary>XCN.3.</summary>
    public Hl7Element GivenName
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(3);
    }

    /// <summary>XCN.4.</summary>
    public Hl7Element SecondNames
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(4);
    }

    /// <summary>XCN.5.</summary>
    public Hl7Element Suffix
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(5);
    }

    /// <summary>XCN.6.</summary>
    public Hl7Element Prefix
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(6);
    }

    /// <summary>XCN.7.</summary>
    public Hl7Element Degree
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(7);
    }

    /// <summary>XCN.8.</summary>
    public Hl7Element SourceTable
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(8);
    }

    /// <summary>XCN.9.</summary>
    public Hl7Hd AssigningAuthority
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_value.Child(9));
    }

    /// <summary>XCN.10 (table 0200).</summary>
    public Hl7Element NameTypeCode
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(10);
    }

    /// <summary>XCN.13 (table 0203).</summary>
    public Hl7Element IdentifierTypeCode
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(13);
    }

    /// <summary>XCN.14.</summary>
    public Hl7Hd AssigningFacility
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_value.Child(14));
    }
}
