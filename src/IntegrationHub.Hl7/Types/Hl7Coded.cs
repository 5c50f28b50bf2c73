using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>
/// CE, CWE and CNE (coded element with or without exceptions, coded with no exceptions), which share their first
/// six components; CWE/CNE add versions and original text. E.g. <c>294505008^Amoxicillin allergy^SCT</c>.
/// </summary>
public readonly ref struct Hl7Coded
{
    private readonly Hl7Element _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Coded(Hl7Element value) => _value = value;

    public Hl7Element Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    /// <summary>.1, the code.</summary>
    public Hl7Element Identifier
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1);
    }

    /// <summary>.2, the display text.</summary>
    public Hl7Element Text
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(2);
    }

    /// <summary>.3, the coding system (SCT, I10, HL70001 …).</summary>
    public Hl7Element CodingSystem
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(3);
    }

    /// <summary>.4.</summary>
    public Hl7Element AlternateIdentifier
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(4);
    }

    /// <summary>.5.</summary>
    public Hl7Element AlternateText
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(5);
    }

    /// <summary>.6.</summary>
    public Hl7Element AlternateCodingSystem
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(6);
    }

    /// <summary>.7 (CWE/CNE).</summary>
    public Hl7Element CodingSystemVersion
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(7);
    }

    /// <summary>.8 (CWE/CNE).</summary>
    public Hl7Element AlternateCodingSystemVersion
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(8);
    }

    /// <summary>.9 (CWE/CNE).</summary>
    public Hl7Element OriginalText
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(9);
    }
}
