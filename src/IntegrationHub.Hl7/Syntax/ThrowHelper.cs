using System.Diagnostics.CodeAnalysis;

namespace IntegrationHub.Hl7;

/// <summary>Throws kept out of line so callers stay small; only programming errors throw, never message content.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static T ThrowFormat<T>(string message) => throw new FormatException(message);

    [DoesNotReturn]
    public static void ThrowObjectDisposed(string name) => throw new ObjectDisposedException(name);

    [DoesNotReturn]
    public static void ThrowArgumentOutOfRange(string name) => throw new ArgumentOutOfRangeException(name);
}
