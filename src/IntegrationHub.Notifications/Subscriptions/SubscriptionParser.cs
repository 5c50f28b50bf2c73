using System.Globalization;
using IntegrationHub.Fhir;

namespace IntegrationHub.Notifications.Subscriptions;

/// <summary>
/// Reads a Subscription written in the R5 Backport IG's R4 style into a <see cref="SubscriptionSpec"/>, or says
/// what is wrong with it (one message, for an OperationOutcome). Filters (backport-filter-criteria on
/// <c>_criteria</c>) are <c>Encounter?practice=[system|]ODS</c> and
/// <c>Encounter?patient.identifier=system|value[,system|value…]</c>.
/// </summary>
internal static class SubscriptionParser
{
    private const string PracticeFilter = "Encounter?practice=";
    private const string PatientFilter = "Encounter?patient.identifier=";
    private const int MaxPatients = 500;

    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Type", "Content-Length", "Transfer-Encoding", "Connection", "Expect", "Upgrade", "TE", "Trailer",
    };

    public static bool TryParse(Subscription subscription, NotificationOptions options, out SubscriptionSpec? spec, out string? problem)
    {
        spec = null;
        if (subscription.Criteria != DischargeTopic.Url)
        {
            return Fail("Subscription.criteria must be the discharge topic " + DischargeTopic.Url + ".", out problem);
        }

        if (subscription.Channel.Type != SubscriptionChannelType.RestHook)
        {
            return Fail("Only rest-hook channels are supported.", out problem);
        }

        if (!Uri.TryCreate(subscription.Channel.Endpoint, UriKind.Absolute, out var endpoint)
            || !(endpoint.Scheme == Uri.UriSchemeHttps || (options.AllowHttpEndpoints && endpoint.Scheme == Uri.UriSchemeHttp))
            || !string.IsNullOrEmpty(endpoint.UserInfo))
        {
            return Fail("Subscription.channel.endpoint must be an absolute https URL without credentials.", out problem);
        }

        if (!TryPayload(subscription.Channel, out var payload, out problem))
        {
            return false;
        }

        var headers = subscription.Channel.Header ?? [];
        foreach (var header in headers)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || header.AsSpan(0, colon).ContainsAny(" \t\r\n") || header.AsSpan(colon).ContainsAny("\r\n")
                || ReservedHeaders.Contains(header[..colon]))
            {
                return Fail("Each Subscription.channel.header is 'Name: value' and may not set a transport header.", out problem);
            }
        }

        string? ods = null;
        var patients = new List<string>();
        foreach (var filter in Strings(subscription.CriteriaElement, DischargeTopic.FilterCriteria))
        {
            if (filter.StartsWith(PracticeFilter, StringComparison.Ordinal))
            {
                var value = filter[PracticeFilter.Length..];
                var bar = value.IndexOf('|', StringComparison.Ordinal);
                if (bar >= 0 && value[..bar] != FhirSystems.OdsOrganizationCode)
                {
                    return Fail("The practice filter takes an ODS code (system " + FhirSystems.OdsOrganizationCode + ").", out problem);
                }

                value = value[(bar + 1)..];
                if (value.Length is < 3 or > 10 || !value.All(char.IsAsciiLetterOrDigit) || (ods is not null && ods != value))
                {
                    return Fail("The practice filter needs one ODS code.", out problem);
                }

                ods = value.ToUpperInvariant();
            }
            else if (filter.StartsWith(PatientFilter, StringComparison.Ordinal))
            {
                foreach (var identifier in filter[PatientFilter.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var bar = identifier.IndexOf('|', StringComparison.Ordinal);
                    if (bar <= 0 || bar == identifier.Length - 1)
                    {
                        return Fail("A patient filter identifier is system|value.", out problem);
                    }

                    patients.Add(identifier);
                }
            }
            else
            {
                return Fail("Unsupported filter; use " + PracticeFilter + "ODS or " + PatientFilter + "system|value.", out problem);
            }
        }

        if (ods is null && patients.Count == 0)
        {
            return Fail("A discharge subscription needs a filter (backport-filter-criteria on _criteria): a practice or patients.", out problem);
        }

        if (patients.Count > MaxPatients)
        {
            return Fail("At most " + MaxPatients.ToString(CultureInfo.InvariantCulture) + " patients per subscription.", out problem);
        }

        int? heartbeat = UnsignedInt(subscription.Channel.Extension, DischargeTopic.HeartbeatPeriod) is { } period
            ? Math.Max(period, (int)Math.Ceiling(options.HeartbeatMinimum.TotalSeconds))
            : null;
        int? timeout = UnsignedInt(subscription.Channel.Extension, DischargeTopic.TimeoutExtension) is { } seconds
            ? Math.Clamp(seconds, 1, (int)Math.Ceiling(options.Timeout.TotalSeconds))
            : null;
        spec = new SubscriptionSpec(ods, patients.Distinct(StringComparer.Ordinal).ToList(), endpoint, headers, payload, heartbeat, timeout, End(subscription.End));
        problem = null;
        return true;
    }

    private static DateTimeOffset? End(FhirInstant? end) => end is { } value && value.TryGetDateTimeOffset(out var at) ? at : null;

    private static bool TryPayload(SubscriptionChannel channel, out PayloadContent payload, out string? problem)
    {
        payload = PayloadContent.Empty;
        problem = null;
        if (channel.Payload is null)
        {
            return true;
        }

        if (channel.Payload is not ("application/fhir+json" or "application/json"))
        {
            return Fail("Subscription.channel.payload must be application/fhir+json.", out problem);
        }

        var content = Strings(channel.PayloadElement, DischargeTopic.PayloadContent).FirstOrDefault() ?? "id-only";
        switch (content)
        {
            case "empty":
                payload = PayloadContent.Empty;
                return true;
            case "id-only":
                payload = PayloadContent.IdOnly;
                return true;
            case "full-resource":
                payload = PayloadContent.FullResource;
                return true;
            default:
                return Fail("backport-payload-content is empty, id-only or full-resource.", out problem);
        }
    }

    /// <summary>The string or code values of one extension URL on a primitive.</summary>
    private static IEnumerable<string> Strings(PrimitiveElement? element, string url)
    {
        foreach (var extension in element?.Extension ?? [])
        {
            if (extension.Url == url && (extension.ValueString ?? extension.ValueCode) is { Length: > 0 } value)
            {
                yield return value;
            }
        }
    }

    private static int? UnsignedInt(List<Extension>? extensions, string url)
    {
        foreach (var extension in extensions ?? [])
        {
            if (extension.Url == url)
            {
                return extension.ValueUnsignedInt ?? extension.ValuePositiveInt;
            }
        }

        return null;
    }

    private static bool Fail(string message, out string? problem)
    {
        problem = message;
        return false;
    }
}
