using System.Diagnostics.CodeAnalysis;

namespace IntegrationHub.Testing;

internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowExternal(string server, string operation, string variable) =>
        throw new InvalidOperationException(
            $"{operation} needs a {server} server started by these tests, but {server} is an external server given by {variable}, "
            + $"which the tests must not control. Unset {variable} to let the tests start their own {server}.");
}
