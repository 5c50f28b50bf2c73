using System.Buffers;
using System.Text;
using IntegrationHub.Hl7;
using IntegrationHub.Intake;
using IntegrationHub.Mllp.Framing;
using IntegrationHub.Mllp.Server;
using IntegrationHub.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Tests.Intake;

/// <summary>Runs <see cref="Hl7Intake"/> on one message and reads back the ACK it wrote, if any.</summary>
internal sealed class IntakeHarness(FakeStore? store = null)
{
    public FakeHandoff Handoff { get; } = new();

    /// <summary>The database as the store consumer leaves it; share one between harnesses to play two hub instances.</summary>
    public FakeStore Store { get; } = store ?? new FakeStore();

    public RecentReceipts Recent { get; } = new();

    public HandoffWatch Watch { get; } = new(TimeProvider.System, Options.Create(new IntakeOptions()));

    /// <summary>The exact bytes of the last ACK written.</summary>
    public byte[] LastAck { get; private set; } = [];

    public async Task<ParsedAck?> SendAsync(string message, MllpFrameStatus status = MllpFrameStatus.Complete)
    {
        var intake = new Hl7Intake(Handoff, Watch, Store, Recent, Options.Create(new IntakeOptions()), TimeProvider.System, NullLogger<Hl7Intake>.Instance);
        var bytes = Encoding.Latin1.GetBytes(message);
        var response = new ArrayBufferWriter<byte>();
        var connection = new MllpConnectionInfo(1, null, isTls: false, clientCertificateSubject: null);
        await intake.HandleAsync(new MllpRequest(bytes, status, bytes.Length, connection), response, CancellationToken.None);
        LastAck = response.WrittenSpan.ToArray();
        return response.WrittenCount == 0 ? null : ParsedAck.Read(response.WrittenSpan);
    }

    /// <summary>What the store consumer does: write everything handed off to the database.</summary>
    public async Task StoreHandedOffAsync()
    {
        foreach (var message in Handoff.HandedOff)
        {
            await Store.StoreAsync([new MessageToStore(message, TraceId: null)], CancellationToken.None);
        }
    }
}

/// <summary>The parts of an ACK the rules are about.</summary>
internal sealed record ParsedAck(string Raw, string SendingApp, string SendingFacility, string ReceivingApp, string ReceivingFacility, string MessageType, string Version, string Code, string AcknowledgedId, IReadOnlyList<string> Errors)
{
    public static ParsedAck Read(ReadOnlySpan<byte> bytes)
    {
        using var ack = Hl7Message.Parse(bytes);
        Assert.True(ack.TryGetSegment("MSH"u8, out var msh));
        Assert.True(ack.TryGetSegment("MSA"u8, out var msa));
        var errors = new List<string>();
        for (var i = 1; ack.TryGetSegment("ERR"u8, out var err, i); i++)
        {
            errors.Add(err.ToString());
        }

        return new ParsedAck(
            Encoding.Latin1.GetString(bytes),
            msh.Field(3).ToString(), msh.Field(4).ToString(), msh.Field(5).ToString(), msh.Field(6).ToString(),
            msh.Field(9).ToString(), msh.Field(12).ToString(),
            msa.Field(1).ToString(), msa.Field(2).ToString(), errors);
    }
}
