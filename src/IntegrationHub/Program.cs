using IntegrationHub;
using IntegrationHub.Health;
using Microsoft.Extensions.Options;

try
{
    var app = HubApplication.Build(args);
    var exit = app.Services.GetRequiredService<HubExit>();
    app.Lifetime.ApplicationStopping.Register(() =>
    {
        // A hub that stops itself so that its supervisor starts a fresh one must end even if a wedged component
        // never finishes stopping: the host waits HostOptions.ShutdownTimeout (30 s) per stop, then this is the end.
        if (exit.Code != 0)
        {
            _ = Task.Delay(TimeSpan.FromSeconds(60)).ContinueWith(_ => Environment.Exit(exit.Code), TaskScheduler.Default);
        }
    });
    await app.RunAsync();
    return exit.Code;
}
catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
{
    // Bad configuration: one clear line naming the setting, not a stack trace.
    await Console.Error.WriteLineAsync("IntegrationHub could not start: " + ex.Message);
    return 1;
}
