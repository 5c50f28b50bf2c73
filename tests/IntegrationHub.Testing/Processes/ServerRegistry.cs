namespace IntegrationHub.Testing.Processes;

/// <summary>
/// Every server this process has started and not yet disposed. At process exit they are all disposed in
/// parallel, so a test run that forgets one (or ends early) does not leave servers running. A run that is
/// killed outright cannot do this; the next run's <see cref="StaleRunCleaner"/> covers that case.
/// </summary>
internal static class ServerRegistry
{
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(30);
    private static readonly Lock Gate = new();
    private static readonly HashSet<IAsyncDisposable> Live = [];
    private static bool s_hooked;

    public static void Add(IAsyncDisposable server)
    {
        lock (Gate)
        {
            Live.Add(server);
            if (!s_hooked)
            {
                AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
                s_hooked = true;
            }
        }
    }

    public static void Remove(IAsyncDisposable server)
    {
        lock (Gate)
        {
            Live.Remove(server);
        }
    }

    private static void OnProcessExit(object? sender, EventArgs e)
    {
        IAsyncDisposable[] servers;
        lock (Gate)
        {
            servers = [.. Live];
        }

        var stops = new Task[servers.Length];
        for (var i = 0; i < servers.Length; i++)
        {
            stops[i] = servers[i].DisposeAsync().AsTask();
        }

        try
        {
            Task.WaitAll(stops, ExitLimit);
        }
        catch (AggregateException)
        {
            // Exit must go on; anything still running is cleaned by the next run.
        }
    }
}
