using IntegrationHub;
using Microsoft.Extensions.Options;

try
{
    await HubApplication.Build(args).RunAsync();
    return 0;
}
catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
{
    // Bad configuration: one clear line naming the setting, not a stack trace.
    await Console.Error.WriteLineAsync("IntegrationHub could not start: " + ex.Message);
    return 1;
}
