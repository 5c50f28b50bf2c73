namespace IntegrationHub.Views;

/// <summary>The views built from patient events; each gets its own queues (see <see cref="HubView"/>).</summary>
internal static class ViewsSetup
{
    public static IReadOnlyList<HubView> All { get; } =
    [
        HubView.Of<TimelineView>("timeline"),
    ];

    public static IHostApplicationBuilder AddHubViews(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TimelineView>();
        return builder;
    }
}
