using System.Globalization;

namespace IntegrationHub.Cli.Sending;

/// <summary>A one-line progress bar on a terminal; silent when output is redirected (CI logs, pipes).</summary>
internal sealed class ProgressBar : IAsyncDisposable
{
    private const int Width = 30;
    private readonly TextWriter _terminal;
    private readonly Func<int> _done;
    private readonly int _total;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();

    public ProgressBar(TextWriter terminal, int total, Func<int> done, bool enabled)
    {
        _terminal = terminal;
        _total = total;
        _done = done;
        _loop = enabled ? DrawLoopAsync() : Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task DrawLoopAsync()
    {
        try
        {
            while (true)
            {
                Draw();
                await Task.Delay(200, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            Draw();
            await _terminal.WriteLineAsync();
        }
    }

    private void Draw()
    {
        var done = _done();
        var filled = _total == 0 ? Width : (int)((long)done * Width / _total);
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var rate = seconds > 0 ? done / seconds : 0;
        _terminal.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{_total} {rate:F0} msg/s "));
    }
}
