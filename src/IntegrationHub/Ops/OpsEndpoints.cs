using System.Text;
using IntegrationHub.Notifications;
using IntegrationHub.Storage;

namespace IntegrationHub.Ops;

/// <summary>
/// The integration console's API: find any message by sender, control id, type and time; read one with its raw
/// content and trace id, and its patient's timeline; list failures with their reasons; replay them. Guarded by <see cref="OpsAccessFilter"/>.
/// </summary>
internal static class OpsEndpoints
{
    public static IHostApplicationBuilder AddHubOps(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OpsOptions>().BindConfiguration(OpsOptions.SectionName);
        builder.Services.AddSingleton<FailureReplayer>();
        return builder;
    }

    public static WebApplication MapHubOps(this WebApplication app)
    {
        var ops = app.MapGroup("/ops").AddEndpointFilter<OpsAccessFilter>();

        ops.MapGet("/messages", async (IMessageArchive archive, string? sender, string? facility, string? controlId, string? type, DateTimeOffset? since, int? limit, CancellationToken cancellationToken) =>
            Results.Ok(await archive.SearchAsync(new MessageQuery(sender, facility, controlId, type, since, Math.Clamp(limit ?? 100, 1, 1000)), cancellationToken)));

        ops.MapGet("/messages/{id:guid}", async (IMessageArchive archive, Guid id, CancellationToken cancellationToken) =>
            await archive.GetAsync(id, cancellationToken) is { } message
                ? Results.Ok(new
                {
                    message.MessageId,
                    message.SendingApplication,
                    message.SendingFacility,
                    message.ControlId,
                    message.MessageType,
                    message.Version,
                    message.ReceivedAt,
                    Raw = Encoding.Latin1.GetString(message.Raw).Replace('\r', '\n'),
                    Ack = Encoding.Latin1.GetString(message.Ack).Replace('\r', '\n'),
                })
                : Results.Problem($"No message {id}.", statusCode: StatusCodes.Status404NotFound));

        // The message's patient, event by event as the pipeline applied them: where did this message end up, what
        // came before and after it. Keyed by the hashed patient key, so no identifier is typed into a URL.
        ops.MapGet("/messages/{id:guid}/timeline", async (IMessageArchive archive, IPatientTimeline timeline, Guid id, CancellationToken cancellationToken) =>
            await archive.GetAsync(id, cancellationToken) is { } message
                ? Results.Ok(new { message.PartitionKey, Events = await timeline.ReadAsync(message.PartitionKey, 1000, cancellationToken) })
                : Results.Problem($"No message {id}.", statusCode: StatusCodes.Status404NotFound));

        ops.MapGet("/failures", async (IMessageArchive archive, CancellationToken cancellationToken) =>
        {
            var failures = await archive.ListFailuresAsync(1000, cancellationToken);
            return Results.Ok(new
            {
                Count = failures.Count,
                Failures = failures.Select(f => new
                {
                    f.Message.MessageId,
                    f.Message.SendingApplication,
                    f.Message.SendingFacility,
                    f.Message.ControlId,
                    f.Message.MessageType,
                    f.Message.ReceivedAt,
                    f.Reason,
                    f.FailedAt,
                    f.Attempts,
                }),
            });
        });

        ops.MapPost("/failures/replay", async (FailureReplayer replayer, Guid[]? ids, CancellationToken cancellationToken) =>
        {
            var replayed = await replayer.ReplayAsync(ids is { Length: > 0 } ? ids.ToHashSet() : null, cancellationToken);
            return Results.Ok(new { Replayed = replayed });
        });

        // Discharge subscriptions with their delivery state, backlog and last error.
        ops.MapGroup("/subscriptions").MapSubscriptionOps();

        return app;
    }
}
