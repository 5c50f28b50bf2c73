using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Fhir;
using IntegrationHub.Notifications.Delivery;
using IntegrationHub.Notifications.Subscriptions;
using IntegrationHub.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Notifications.Postgres;

/// <summary>
/// Subscriptions, recorded notifications (an outbox numbered per subscription) and delivery state in
/// PostgreSQL. Applying an event and allocating event numbers is one short transaction; delivery state is
/// updated in single statements, never while a subscriber is being called.
/// </summary>
internal sealed partial class PostgresNotificationStore(
    NpgsqlDataSource dataSource,
    ICareRecordStore careRecord,
    IOptions<NotificationOptions> options,
    TimeProvider timeProvider,
    DeliverySignal signal,
    ILogger<PostgresNotificationStore> logger) : INotificationStore
{
    /// <summary>The channel other hub instances LISTEN on to hear of new notifications at once.</summary>
    public const string NotifyChannel = "hub_discharge_notifications";

    public bool IsAvailable => true;

    internal NpgsqlDataSource DataSource => dataSource;

    /// <summary>A stable 64-bit advisory lock key (SHA-256 of the text: string.GetHashCode differs per process).</summary>
    internal static long LockKey(string kind, string value)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\u001f" + value), hash);
        return BitConverter.ToInt64(hash);
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    private static NpgsqlParameter NullableText(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter NullableInt(int? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer };

    private static NpgsqlParameter<string[]> TextArray(IEnumerable<string> values) => new() { TypedValue = [.. values], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    private static NpgsqlParameter<DateTimeOffset> Time(DateTimeOffset value) => new() { TypedValue = value.ToUniversalTime() };

    private static NpgsqlParameter NullableTime(DateTimeOffset? value) => new() { Value = value is { } v ? v.ToUniversalTime() : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz };

    private static string StatusCode(SubscriptionStatus status) => FhirCode.ToCode(status);

    private static SubscriptionStatus ParseStatus(string code) => code switch
    {
        "requested" => SubscriptionStatus.Requested,
        "active" => SubscriptionStatus.Active,
        "error" => SubscriptionStatus.Error,
        _ => SubscriptionStatus.Off,
    };

    private static string PayloadCode(PayloadContent payload) => payload switch
    {
        PayloadContent.FullResource => "full-resource",
        PayloadContent.IdOnly => "id-only",
        _ => "empty",
    };

    private static PayloadContent ParsePayload(string code) => code switch
    {
        "full-resource" => PayloadContent.FullResource,
        "id-only" => PayloadContent.IdOnly,
        _ => PayloadContent.Empty,
    };
}
