namespace IntegrationHub.Fhir;

/// <summary>
/// The one value of a choice element [x] and which of its types it is. Several FHIR types share a
/// CLR type (integer and positiveInt are both <see cref="int"/>), so the slot keeps the type's
/// position in the choice, not just the value; that is what makes "at most one is written" hold.
/// </summary>
internal sealed class ChoiceValue(int kind, object value)
{
    public int Kind { get; } = kind;

    public object Value { get; } = value;

    public static T? GetValue<T>(ChoiceValue? slot, int kind)
        where T : struct
        => slot is not null && slot.Kind == kind ? (T)slot.Value : null;

    public static T? GetReference<T>(ChoiceValue? slot, int kind)
        where T : class
        => slot is not null && slot.Kind == kind ? (T)slot.Value : null;

    public static void Set<T>(ref ChoiceValue? slot, int kind, T? value, bool reading, string element)
        where T : struct
    {
        if (value is null)
        {
            Clear(ref slot, kind);
            return;
        }

        Store(ref slot, kind, value.Value, reading, element);
    }

    public static void Set<T>(ref ChoiceValue? slot, int kind, T? value, bool reading, string element)
        where T : class
    {
        if (value is null)
        {
            Clear(ref slot, kind);
            return;
        }

        Store(ref slot, kind, value, reading, element);
    }

    /// <summary>True when the slot would write nothing: unset, an empty string or an empty element.</summary>
    public static bool IsEmpty(ChoiceValue? slot)
        => slot is null || slot.Value is Element { IsEmpty: true } || slot.Value is string { Length: 0 };

    /// <summary>Fails the read when a required choice element is absent.</summary>
    public static void Require(ChoiceValue? slot, string element)
    {
        if (slot is null)
        {
            FhirJsonThrow.MissingChoice(element);
        }
    }

    private static void Clear(ref ChoiceValue? slot, int kind)
    {
        if (slot is not null && slot.Kind == kind)
        {
            slot = null;
        }
    }

    private static void Store(ref ChoiceValue? slot, int kind, object value, bool reading, string element)
    {
        if (reading && slot is not null)
        {
            FhirJsonThrow.DuplicateChoice(element);
        }

        slot = new ChoiceValue(kind, value);
    }
}
