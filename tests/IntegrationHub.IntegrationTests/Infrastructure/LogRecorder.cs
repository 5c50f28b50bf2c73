using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>
/// Keeps the last few hundred log lines of an in-process hub (its own warnings and MassTransit's connection and
/// endpoint events), so a fault test that fails can say what the hub saw, not only what its senders got.
/// </summary>
internal sealed class LogRecorder : ILoggerProvider
{
    private const int Capacity = 200;

    // Kept apart: a failed send is logged once per message (by MassTransit and by intake), and during an outage
    // those lines would otherwise push out the few that say what happened to the connection and the endpoints.
    private readonly ConcurrentQueue<string> _transport = new();
    private readonly ConcurrentQueue<string> _sendFaults = new();
    private readonly ConcurrentQueue<string> _hub = new();
    private int _sendFaultCount;

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    /// <summary>The last lines of MassTransit's log, of its failed sends (with their count) and of the hub's own, oldest first.</summary>
    public string Tail(int lines = 60) =>
        $"-- MassTransit --\n{Join(_transport, lines)}\n-- failed sends and hand-offs ({Volatile.Read(ref _sendFaultCount)}, the last 10) --\n{Join(_sendFaults, 10)}\n-- hub --\n{Join(_hub, lines)}";

    public void Dispose()
    {
    }

    private static string Join(ConcurrentQueue<string> lines, int count) => string.Join('\n', lines.TakeLast(count));

    private static void Add(ConcurrentQueue<string> lines, string line)
    {
        lines.Enqueue(line);
        while (lines.Count > Capacity && lines.TryDequeue(out _))
        {
        }
    }

    private void Record(string category, string message, string line)
    {
        var transport = category.StartsWith("MassTransit", StringComparison.Ordinal);
        if (transport ? message.StartsWith("S-FAULT", StringComparison.Ordinal) : message.Contains("could not be made durable", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _sendFaultCount);
            Add(_sendFaults, line);
        }
        else
        {
            Add(transport ? _transport : _hub, line);
        }
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var message = formatter(state, exception);
            var line = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {message}");
            owner.Record(category, message, exception is null ? line : $"{line} [{exception.GetType().Name}: {exception.Message}]");
        }
    }
}
