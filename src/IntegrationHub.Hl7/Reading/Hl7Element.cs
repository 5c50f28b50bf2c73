using System.Buffers;
using System.Runtime.CompilerServices;

namespace IntegrationHub.Hl7;

/// <summary>
/// A field, repetition, component or subcomponent of a message: a slice of the caller's bytes in their escaped form.
/// Children are found by a vectorised search when asked for; nothing is allocated until <see cref="ToString()"/>.
/// The slice is valid exactly as long as the buffer the message was parsed from (not tied to the message's Dispose).
/// Positions are 1-based as in HL7; asking for a position that is not there gives an empty element.
/// </summary>
public readonly ref struct Hl7Element
{
    private readonly Hl7Delimiters _delimiters;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Hl7Element(ReadOnlySpan<byte> raw, Hl7Delimiters delimiters, Hl7Charset charset, Hl7Level level)
    {
        Raw = raw;
        _delimiters = delimiters;
        Charset = charset;
        Level = level;
    }

    /// <summary>The escaped bytes, as sent.</summary>
    public ReadOnlySpan<byte> Raw { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    /// <summary>Whether this is a field, repetition, component or subcomponent.</summary>
    public Hl7Level Level { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    /// <summary>The message's character set, used by <see cref="ToString()"/>.</summary>
    public Hl7Charset Charset { get; }

    /// <summary>The delimiters of the message this element came from.</summary>
    public Hl7Delimiters Delimiters => _delimiters;

    /// <summary>Nothing was sent (the receiver keeps what it had).</summary>
    public bool IsEmpty => Raw.IsEmpty;

    /// <summary>The explicit null <c>""</c> was sent (the receiver deletes what it had).</summary>
    public bool IsNull => Raw.Length == 2 && Raw[0] == (byte)'"' && Raw[1] == (byte)'"';

    /// <summary>A value other than empty or <c>""</c> was sent.</summary>
    public bool HasValue => !IsEmpty && !IsNull;

    /// <summary>Number of repetitions (1 for anything below field level; 1 for an empty field).</summary>
    public int RepetitionCount => Level == Hl7Level.Field ? Hl7Split.Count(Raw, _delimiters.Repetition) : 1;

    /// <summary>Number of components in the first repetition (or in this repetition/component).</summary>
    public int ComponentCount => Level switch
    {
        Hl7Level.Field => Repetition(1).ComponentCount,
        Hl7Level.Repetition => Hl7Split.Count(Raw, _delimiters.Component),
        _ => 1,
    };

    /// <summary>Number of subcomponents in the first component (or in this component).</summary>
    public int SubComponentCount => Level switch
    {
        Hl7Level.Field or Hl7Level.Repetition => Component(1).SubComponentCount,
        Hl7Level.Component => Hl7Split.Count(Raw, _delimiters.SubComponent),
        _ => 1,
    };

    /// <summary>Repetition <paramref name="index"/> (1-based) of a field; below field level, 1 is the element itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Element Repetition(int index) => Level == Hl7Level.Field
        ? new(Hl7Split.Piece(Raw, _delimiters.Repetition, index - 1), _delimiters, Charset, Hl7Level.Repetition)
        : index == 1 ? this : Empty(Hl7Level.Repetition);

    /// <summary>Component <paramref name="index"/> (1-based), of the first repetition when called on a field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Element Component(int index)
    {
        // Written without recursion (field → first repetition inline) so the JIT can inline the whole path.
        var level = Level;
        if (level <= Hl7Level.Repetition)
        {
            var repetition = level == Hl7Level.Field ? Hl7Split.Piece(Raw, _delimiters.Repetition, 0) : Raw;
            return new(Hl7Split.Piece(repetition, _delimiters.Component, index - 1), _delimiters, Charset, Hl7Level.Component);
        }

        return index == 1 ? this : Empty(Hl7Level.Component);
    }

    /// <summary>Subcomponent <paramref name="index"/> (1-based), of the first component when called higher up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Element SubComponent(int index)
    {
        var level = Level;
        if (level <= Hl7Level.Component)
        {
            var component = Raw;
            if (level == Hl7Level.Field)
            {
                component = Hl7Split.Piece(component, _delimiters.Repetition, 0);
            }

            if (level <= Hl7Level.Repetition)
            {
                component = Hl7Split.Piece(component, _delimiters.Component, 0);
            }

            return new(Hl7Split.Piece(component, _delimiters.SubComponent, index - 1), _delimiters, Charset, Hl7Level.SubComponent);
        }

        return index == 1 ? this : Empty(Hl7Level.SubComponent);
    }

    /// <summary>
    /// Position <paramref name="index"/> of a composite value at whatever level it sits: components of a field or
    /// repetition, subcomponents of a component (e.g. HD inside CX.4). A subcomponent has only itself as child 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Hl7Element Child(int index) => Level == Hl7Level.Component ? SubComponent(index) : Component(index);

    /// <summary>The first component (or subcomponent, or the value itself at the lowest level): where a primitive value sits.</summary>
    public ReadOnlySpan<byte> PrimitiveRaw => Level is Hl7Level.Field or Hl7Level.Repetition ? Component(1).Raw : Raw;

    /// <summary>True when the raw bytes equal <paramref name="value"/> (no unescaping; use for codes).</summary>
    public bool ValueEquals(ReadOnlySpan<byte> value) => Raw.SequenceEqual(value);

    /// <summary>True when the text contains escape sequences that <see cref="TryUnescape"/> would decode.</summary>
    public bool NeedsUnescape => Level != Hl7Level.Literal && Hl7Escaping.NeedsUnescape(Raw, _delimiters);

    /// <summary>
    /// Writes the unescaped bytes to <paramref name="destination"/> (which needs <c>Raw.Length</c> bytes).
    /// Returns false when an escape sequence was malformed (it is copied verbatim).
    /// </summary>
    public bool TryUnescape(Span<byte> destination, out int written, Hl7TextOptions options = Hl7TextOptions.None)
    {
        if (!NeedsUnescape)
        {
            Raw.CopyTo(destination);
            written = Raw.Length;
            return true;
        }

        return Hl7Escaping.Unescape(Raw, _delimiters, destination, out written, options);
    }

    /// <summary>The unescaped text as a new string; <c>""</c> (null) gives an empty string. Allocates.</summary>
    public override string ToString() => ToString(Hl7TextOptions.None);

    /// <summary>The unescaped text as a new string, with formatting escapes handled by <paramref name="options"/>.</summary>
    public string ToString(Hl7TextOptions options)
    {
        if (!HasValue)
        {
            return string.Empty;
        }

        if (!NeedsUnescape)
        {
            return Hl7Text.GetString(Raw, Charset);
        }

        byte[] rented = ArrayPool<byte>.Shared.Rent(Raw.Length);
        TryUnescape(rented, out int written, options);
        string text = Hl7Text.GetString(rented.AsSpan(0, written), Charset);
        ArrayPool<byte>.Shared.Return(rented);
        return text;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Hl7Element Empty(Hl7Level level) => new(default, _delimiters, Charset, level);
}
