using IntegrationHub.Contracts;

namespace IntegrationHub.Notifications.Tests;

/// <summary>
/// The care record tests' <see cref="Records.Tests.Events"/> (compiled in from there), named in this namespace:
/// here the bare name would find the <c>IntegrationHub.Notifications.Events</c> namespace first.
/// </summary>
internal static class Events
{
    public static PatientEvent From(string message, DateTimeOffset occurredAt, Guid? messageId = null) =>
        Records.Tests.Events.From(message, occurredAt, messageId);
}
