using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>CX (extended composite id with check digit), e.g. PID-3: <c>9434765919^^^NHS^NH</c>.</summary>
public readonly ref struct Hl7Cx
{
    private readonly Hl7Element _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Cx(Hl7Element value) => _value = value;

    public Hl7Element Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    /// <summary>CX.1, the identifier itself.</summary>
    public Hl7Element IdNumber
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1);
    }

    /// <summary>CX.2.</summary>
    public Hl7Element CheckDigit
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(2);
    }

    /// <summary>CX.3 (table 0061).</summary>
    public Hl7Element CheckDigitScheme
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(3);
    }

    /// <summary>CX.4, who issued the identifier (NHS, a trust code …).</summary>
    public Hl7Hd AssigningAuthority
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_value.Child(4));
    }

    /// <summary>CX.5 (table 0203): NH for an NHS number, MR for a hospital number, VN for a visit …</summary>
    public Hl7Element IdentifierTypeCode
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(5);
    }

    /// <summary>CX.6.</summary>
    public Hl7Hd AssigningFacility
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_value.Child(6));
    }

    /// <summary>CX.7 (DT).</summary>
    public Hl7Element EffectiveDate
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(7);
    }

    /// <summary>CX.8 (DT).</summary>
    public Hl7Element ExpirationDate
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(8);
    }
}
