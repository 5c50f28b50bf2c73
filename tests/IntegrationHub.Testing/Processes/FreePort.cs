using System.Net;
using System.Net.Sockets;

namespace IntegrationHub.Testing.Processes;

/// <summary>
/// Picks loopback ports the kernel considers free. The port is released before the server binds it,
/// so another process can take it in between: callers detect that race and retry with a new port.
/// </summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// False only when something else holds the port (so a failed start was a port race); other bind errors,
    /// such as a privileged port for a non-root user, are not a race and report true.
    /// </summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException exception)
        {
            return exception.SocketErrorCode != SocketError.AddressAlreadyInUse;
        }
    }

    /// <summary>True when something accepts TCP connections on the loopback port.</summary>
    public static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
