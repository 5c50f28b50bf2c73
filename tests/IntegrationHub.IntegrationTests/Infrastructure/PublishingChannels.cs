using System.Globalization;
using IntegrationHub.Testing;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>
/// Makes a hub's intake wedge on the broker's side, the state a broker restart once left it in: the broker stops
/// serving the channels without consumers (the hub's publishing channels), so the connection, its heartbeats and
/// its consumers' channels carry on, but nothing published on those channels is confirmed.
/// </summary>
internal static class PublishingChannels
{
    private const string Suspend =
        "Ps = [P || P <- rabbit_channel:list_local(), proplists:get_value(consumer_count, rabbit_channel:info(P, [consumer_count])) =:= 0], "
        + "[sys:suspend(P) || P <- Ps], persistent_term:put(hub_test_suspended, Ps), length(Ps).";

    // A channel whose connection has closed meanwhile is gone, and there is nothing left to resume.
    private const string Resume =
        "[sys:resume(P) || P <- persistent_term:get(hub_test_suspended), is_process_alive(P)], ok.";

    /// <summary>Suspends every publishing channel of the node; returns how many there were.</summary>
    public static async Task<int> SuspendAsync(RabbitMqServer rabbit) =>
        int.Parse((await rabbit.RunCtlAsync("-q", "eval", Suspend)).Trim(), CultureInfo.InvariantCulture);

    /// <summary>Serves the channels <see cref="SuspendAsync"/> suspended again, those still open.</summary>
    public static Task ResumeAsync(RabbitMqServer rabbit) => rabbit.RunCtlAsync("-q", "eval", Resume);
}
