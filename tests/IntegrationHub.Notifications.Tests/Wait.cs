namespace IntegrationHub.Notifications.Tests;

internal static class Wait
{
    /// <summary>Polls until the condition holds; fails the test with <paramref name="what"/> after the limit.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for " + what);
            await Task.Delay(50);
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan limit, string what) => UntilAsync(() => Task.FromResult(condition()), limit, what);
}
