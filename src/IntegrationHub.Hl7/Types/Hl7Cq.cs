using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>CQ (composite quantity with units), e.g. RXE-10 dispense amount: <c>28^TAB&amp;tablet&amp;dmd</c>.</summary>
public readonly ref struct Hl7Cq
{
    private readonly Hl7Element _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Cq(Hl7Element value) => _value = value;

    public Hl7Element Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value;
    }

    /// <summary>CQ.1 (NM).</summary>
    public Hl7Element Quantity
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value.Child(1);
    }

    /// <summary>CQ.2 (CE; subcomponents when CQ is a field).</summary>
    public Hl7Coded Units
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_value.Child(2));
    }

    /// <summary>Reads CQ.1 as a number.</summary>
    public bool TryGetQuantity(out decimal quantity, out string? problem) => Hl7Number.TryParse(Quantity.Raw, out quantity, out problem);
}
