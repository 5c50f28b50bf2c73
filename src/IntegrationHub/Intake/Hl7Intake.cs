using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using IntegrationHub.Contracts;
using IntegrationHub.Hl7;
using IntegrationHub.Storage;
using IntegrationHub.Mllp.Server;
using IntegrationHub.Telemetry;
using MassTransit;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Intake;

/// <summary>
/// The application behind the MLLP listener. For each frame: read MSH, refuse what can never be accepted (AR/CR
/// with ERR), make the rest durable through <see cref="IDurableHandoff"/>, and only then acknowledge (AA/CA);
/// if durability cannot be had in time, answer AE/CE so the sender resends. Never acknowledges an inbound ACK.
/// </summary>
internal sealed partial class Hl7Intake(
    IDurableHandoff handoff,
    HandoffWatch watch,
    IReceivedMessageStore store,
    RecentReceipts recent,
    IOptions<IntakeOptions> options,
    TimeProvider time,
    ILogger<Hl7Intake> logger)
    : IMllpMessageHandler
{
    public async ValueTask HandleAsync(MllpRequest request, IBufferWriter<byte> response, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await HandleCoreAsync(request, response, started, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong, the sender gets an answer it can act on (resend), never a silent close.
            LogUnexpected(logger, request.Connection.Id, ex);
            if (response is ArrayBufferWriter<byte> buffer)
            {
                buffer.ResetWrittenCount();
            }

            MessageHeader.TryRead(request.Payload.Span, out var header, out _);
            var issue = new Hl7Issue(Hl7ErrorCode.ApplicationInternalError, Hl7Severity.Error, Hl7Location.ForSegment("MSH"),
                "The hub hit an internal error and did not accept the message. Please resend.");
            Answer(response, header, header is null ? AckMode.Original : AckMode.For(header), IntakeOutcome.Error, issue, started, activity: null);
        }
    }

    private async ValueTask HandleCoreAsync(MllpRequest request, IBufferWriter<byte> response, long started, CancellationToken cancellationToken)
    {
        using var activity = HubTelemetry.Source.StartActivity("mllp.receive", ActivityKind.Server);
        activity?.SetTag("mllp.connection.id", request.Connection.Id);
        activity?.SetTag("mllp.frame.bytes", request.FrameBytes);
        HubTelemetry.FrameSize.Record(request.FrameBytes);

        if (!MessageHeader.TryRead(request.Payload.Span, out var header, out var headerIssue))
        {
            LogUnreadable(logger, request.Connection.Id, headerIssue.Message);
            Answer(response, null, AckMode.Original, IntakeOutcome.Rejected, headerIssue, started, activity);
            return;
        }

        var messageType = header!.MessageCode + "^" + header.TriggerEvent;
        activity?.SetTag("hl7.message_type", messageType);
        activity?.SetTag("hl7.control_id", header.ControlId);
        activity?.SetTag("hl7.version", header.Version);
        HubTelemetry.MessagesReceived.Add(1, new KeyValuePair<string, object?>("hl7.message_type", messageType));

        if (header.MessageCode.Equals("ACK", StringComparison.OrdinalIgnoreCase))
        {
            // Acknowledging an ACK starts an endless ping-pong with senders that ACK everything they receive.
            HubTelemetry.InboundAcksIgnored.Add(1);
            activity?.SetTag("hub.inbound_ack", true);
            return;
        }

        var mode = AckMode.For(header);
        if (IntakeRules.Refuse(header, request) is { } refusal)
        {
            LogRejected(logger, header.ControlId, messageType, refusal.Message);
            Answer(response, header, mode, IntakeOutcome.Rejected, refusal, started, activity);
            return;
        }

        var contentHash = Convert.ToHexStringLower(SHA256.HashData(request.Payload.Span));
        if (await FindPriorAsync(header, cancellationToken) is { } prior)
        {
            AnswerResend(response, header, mode, prior, contentHash, started, activity);
            return;
        }

        // The positive ACK is built before the hand-off so it travels (and is stored) with the message:
        // a later resend is answered with exactly these bytes.
        var ack = BuildAck(header, mode.CodeFor(IntakeOutcome.Accepted), issue: null);
        var message = new Hl7MessageReceived
        {
            MessageId = NewId.NextGuid(),
            Raw = request.Payload.ToArray(),
            SendingApplication = header.SendingApplication,
            SendingFacility = header.SendingFacility,
            ControlId = header.ControlId,
            MessageType = messageType,
            Version = header.Version,
            ContentHash = contentHash,
            ReceivedAt = time.GetUtcNow(),
            Ack = ack,
            PartitionKey = PatientKey.For(request.Payload.Span, header),
        };

        try
        {
            using (HubTelemetry.Source.StartActivity("hub.publish", ActivityKind.Producer))
            {
                await handoff.HandOffAsync(message, cancellationToken);
            }

            watch.Succeeded();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            watch.Failed();
            HubTelemetry.HandoffFailures.Add(1);
            activity?.SetStatus(ActivityStatusCode.Error, "hand-off failed");
            LogHandoffFailed(logger, header.ControlId, messageType, ex.GetType().Name, ex.Message);
            var issue = new Hl7Issue(Hl7ErrorCode.ApplicationInternalError, Hl7Severity.Error, Hl7Location.ForSegment("MSH"),
                "The hub could not store the message durably just now; it was not accepted. Please resend.");
            Answer(response, header, mode, IntakeOutcome.Error, issue, started, activity);
            return;
        }

        recent.Add(header.SendingApplication, header.SendingFacility, header.ControlId, new PriorReceipt(contentHash, ack));
        Send(response, mode, IntakeOutcome.Accepted, mode.CodeFor(IntakeOutcome.Accepted), ack, started, activity);
    }

    /// <summary>
    /// A message already accepted under this sender's control id, from memory or the database. The database is
    /// not allowed to hold up or stop intake: when it is slow or away, the check falls back to memory and the
    /// store's unique key still keeps a byte-identical resend from being stored twice.
    /// </summary>
    private async ValueTask<PriorReceipt?> FindPriorAsync(MessageHeader header, CancellationToken cancellationToken)
    {
        if (recent.TryGet(header.SendingApplication, header.SendingFacility, header.ControlId, out var cached))
        {
            return cached;
        }

        using var activity = HubTelemetry.Source.StartActivity("hub.dedupe");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.DedupeLookupTimeout);
        try
        {
            return await store.FindAsync(header.SendingApplication, header.SendingFacility, header.ControlId, timeout.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            HubTelemetry.DedupeLookupsSkipped.Add(1);
            activity?.SetStatus(ActivityStatusCode.Error, "database unavailable");
            LogDedupeSkipped(logger, header.ControlId, ex.GetType().Name);
            return null;
        }
    }

    /// <summary>
    /// A resend: the same bytes get the original ACK again and nothing is processed twice; different bytes under
    /// a used control id are refused (AE/CE, code 205) because accepting them would silently replace a message.
    /// </summary>
    private void AnswerResend(IBufferWriter<byte> response, MessageHeader header, AckMode mode, PriorReceipt prior, string contentHash, long started, Activity? activity)
    {
        activity?.SetTag("hub.resend", true);
        if (prior.ContentHash == contentHash)
        {
            HubTelemetry.ResendsRecognised.Add(1, new KeyValuePair<string, object?>("hub.resend.same_content", true));
            Send(response, mode, IntakeOutcome.Accepted, mode.CodeFor(IntakeOutcome.Accepted), prior.Ack, started, activity);
            return;
        }

        HubTelemetry.ResendsRecognised.Add(1, new KeyValuePair<string, object?>("hub.resend.same_content", false));
        LogControlIdReused(logger, header.ControlId);
        var issue = new Hl7Issue(Hl7ErrorCode.DuplicateKeyIdentifier, Hl7Severity.Error, new Hl7Location("MSH", 1, 10, 0, 0, 0),
            $"Control id '{header.ControlId}' was already used by this sender for a different message; this one was not accepted. Send it with a new MSH-10.");
        Answer(response, header, mode, IntakeOutcome.Error, issue, started, activity);
    }

    private void Answer(IBufferWriter<byte> response, MessageHeader? header, AckMode mode, IntakeOutcome outcome, Hl7Issue? issue, long started, Activity? activity)
    {
        var code = mode.CodeFor(outcome);
        Send(response, mode, outcome, code, mode.Answers(outcome) ? BuildAck(header, code, issue) : [], started, activity);
    }

    private byte[] BuildAck(MessageHeader? header, AckCode code, Hl7Issue? issue)
    {
        var settings = options.Value;
        var ackOptions = new AckOptions(AckControlIds.Next(), time.GetLocalNow(), settings.ApplicationName, settings.FacilityName);
        ReadOnlySpan<Hl7Issue> issues = issue is { } one ? [one] : [];
        var buffer = new ArrayBufferWriter<byte>(256);
        AckWriter.Write(buffer, header, code, issues, ackOptions);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the ACK if the sender's mode asks for one for this outcome, and records it.</summary>
    private static void Send(IBufferWriter<byte> response, AckMode mode, IntakeOutcome outcome, AckCode code, byte[] ack, long started, Activity? activity)
    {
        activity?.SetTag("hl7.ack_code", code.ToString());
        if (!mode.Answers(outcome))
        {
            return;
        }

        using (HubTelemetry.Source.StartActivity("mllp.ack"))
        {
            response.Write(ack);
        }

        HubTelemetry.AcksSent.Add(1, new KeyValuePair<string, object?>("hl7.ack_code", code.ToString()));
        HubTelemetry.AckLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Connection {ConnectionId}: unexpected error in intake; sender told to resend")]
    private static partial void LogUnexpected(ILogger logger, long connectionId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {ConnectionId}: message without a readable MSH rejected: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, long connectionId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {ControlId} ({MessageType}) rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string controlId, string messageType, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Resend check for {ControlId} skipped: the database did not answer in time ({Error}); accepted on the broker's confirm alone")]
    private static partial void LogDedupeSkipped(ILogger logger, string controlId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Control id {ControlId} reused by its sender for a different message; refused")]
    private static partial void LogControlIdReused(ILogger logger, string controlId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {ControlId} ({MessageType}) could not be made durable ({Error}: {Reason}); sender told to resend")]
    private static partial void LogHandoffFailed(ILogger logger, string controlId, string messageType, string error, string reason);
}
