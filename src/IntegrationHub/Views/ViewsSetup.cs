using IntegrationHub.Notifications;
using IntegrationHub.Records;

namespace IntegrationHub.Views;

/// <summary>The views built from patient events; each gets its own queues (see <see cref="HubView"/>).</summary>
internal static class ViewsSetup
{
    public static IReadOnlyList<HubView> All { get; } =
    [
        HubView.Of<CareRecordView>("record", CareRecordView.Select),
        HubView.Of<NotificationsView>("notify", NotificationsView.Select),
    ];

    public static IHostApplicationBuilder AddHubViews(this IHostApplicationBuilder builder)
    {
        // Hosted services start in the order they are added: the schemas first, so the notification delivery
        // loop (added with the notifications) never polls tables that do not exist yet.
        builder.Services.AddHostedService<ViewsMigrator>();
        builder.Services.AddCareRecord(builder.Configuration);
        builder.Services.AddSingleton<CareRecordView>();
        builder.Services.AddDischargeNotifications(builder.Configuration);
        builder.Services.AddSingleton<NotificationsView>();
        return builder;
    }
}
