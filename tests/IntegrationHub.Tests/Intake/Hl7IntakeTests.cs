using IntegrationHub.Mllp.Framing;

namespace IntegrationHub.Tests.Intake;

public class Hl7IntakeTests
{
    private const string Admit = "MSH|^~\\&|PAS|RX1|EPR|HUB|20260101120000||ADT^A01^ADT_A01|CTRL0001|P|2.4\rEVN|A01|20260101120000\rPID|1||1234567^^^RX1^MR\r";

    private static string WithMsh(string msh15, string msh16, string controlId = "CTRL0002") =>
        $"MSH|^~\\&|PAS|RX1|EPR|HUB|20260101120000||ADT^A01^ADT_A01|{controlId}|P|2.5|||{msh15}|{msh16}\rPID|1||1\r";

    private readonly IntakeHarness _harness = new();

    [Fact]
    public async Task OriginalModeDurableMessageGetsAaWithSwappedSenderAndEchoedControlId()
    {
        var ack = await _harness.SendAsync(Admit);

        Assert.NotNull(ack);
        Assert.Equal("AA", ack.Code);
        Assert.Equal("CTRL0001", ack.AcknowledgedId);
        Assert.Equal(("EPR", "HUB", "PAS", "RX1"), (ack.SendingApp, ack.SendingFacility, ack.ReceivingApp, ack.ReceivingFacility));
        Assert.Equal("ACK^A01^ACK", ack.MessageType);
        Assert.Equal("2.4", ack.Version);
        Assert.Empty(ack.Errors);
        var handed = Assert.Single(_harness.Handoff.HandedOff);
        Assert.Equal("ADT^A01", handed.MessageType);
        Assert.Equal("CTRL0001", handed.ControlId);
        Assert.Equal(System.Text.Encoding.Latin1.GetBytes(Admit), handed.Raw);
    }

    [Fact]
    public async Task OriginalModeHandoffFailureGetsAeWithAnErrAndIsNotHandedOff()
    {
        _harness.Handoff.Failing = true;

        var ack = await _harness.SendAsync(Admit);

        Assert.Equal("AE", ack!.Code);
        Assert.Equal("CTRL0001", ack.AcknowledgedId);
        var err = Assert.Single(ack.Errors);
        Assert.Contains("207", err);
        Assert.Empty(_harness.Handoff.HandedOff);
    }

    [Fact]
    public async Task EnhancedModeAcceptedGetsCa()
    {
        var ack = await _harness.SendAsync(WithMsh("AL", "NE"));
        Assert.Equal("CA", ack!.Code);
        Assert.Equal("CTRL0002", ack.AcknowledgedId);
    }

    [Fact]
    public async Task EnhancedModeHandoffFailureGetsCe()
    {
        _harness.Handoff.Failing = true;
        var ack = await _harness.SendAsync(WithMsh("AL", "AL"));
        Assert.Equal("CE", ack!.Code);
    }

    [Fact]
    public async Task EnhancedModeRejectGetsCr()
    {
        var ack = await _harness.SendAsync("MSH|^~\\&|PAS|RX1|EPR|HUB|20260101120000||ADT^A01|CTRL0003|P|3.0|||AL|NE\r");
        Assert.Equal("CR", ack!.Code);
        Assert.Contains("203", Assert.Single(ack.Errors));
    }

    [Theory]
    [InlineData("NE", false, false)]
    [InlineData("SU", true, false)]
    [InlineData("ER", false, true)]
    [InlineData("AL", true, true)]
    [InlineData("", true, true)]
    public async Task EnhancedModeSendsTheAcceptAckOnlyWhenMsh15AsksForIt(string msh15, bool answersSuccess, bool answersError)
    {
        var success = await _harness.SendAsync(WithMsh(msh15, "AL"));
        _harness.Handoff.Failing = true;
        var failure = await _harness.SendAsync(WithMsh(msh15, "AL", controlId: "CTRL0009"));

        Assert.Equal(answersSuccess, success is not null);
        Assert.Equal(answersError, failure is not null);
        Assert.Single(_harness.Handoff.HandedOff);
    }

    [Fact]
    public async Task BlankMsh15And16MeanOriginalMode()
    {
        var ack = await _harness.SendAsync("MSH|^~\\&|PAS|RX1|EPR|HUB|20260101120000||ADT^A01|CTRL0004|P|2.3||| | \r");
        Assert.Equal("AA", ack!.Code);
    }

    [Fact]
    public async Task InboundAckIsNeverAcknowledgedNorHandedOff()
    {
        var ack = await _harness.SendAsync("MSH|^~\\&|PAS|RX1|EPR|HUB|20260101120000||ACK^A01^ACK|CTRL0005|P|2.4\rMSA|AA|H123\r");
        Assert.Null(ack);
        Assert.Empty(_harness.Handoff.HandedOff);
    }

    [Theory]
    [InlineData("PID|1||123\r")]
    [InlineData("")]
    [InlineData("MSH")]
    [InlineData("\u0001\u0002garbage")]
    public async Task MessageWithoutReadableMshGetsAClearAr(string message)
    {
        var ack = await _harness.SendAsync(message);
        Assert.Equal("AR", ack!.Code);
        Assert.Single(ack.Errors);
        Assert.Equal(string.Empty, ack.AcknowledgedId);
        Assert.Empty(_harness.Handoff.HandedOff);
    }

    [Fact]
    public async Task MissingControlIdIsRejectedWithCode101AtMsh10()
    {
        var ack = await _harness.SendAsync("MSH|^~\\&|PAS|RX1|EPR|HUB|20260101120000||ADT^A01||P|2.5\r");
        Assert.Equal("AR", ack!.Code);
        var err = Assert.Single(ack.Errors);
        Assert.True(err.Contains("|MSH^1^10", StringComparison.Ordinal), err);
        Assert.Contains("|101^", err);
    }

    [Theory]
    [InlineData("2.4.0")]
    [InlineData("2.5.1")]
    [InlineData("2.8.2")]
    [InlineData("")]
    public async Task VersionsNHapiRefusesAreAccepted(string version)
    {
        var ack = await _harness.SendAsync($"MSH|^~\\&|PAS|RX1|EPR|HUB|20260101120000||ADT^A08|CTRL0006|P|{version}\r");
        Assert.Equal("AA", ack!.Code);
    }

    [Fact]
    public async Task UnsupportedProcessingIdIsRejectedWith202()
    {
        var ack = await _harness.SendAsync("MSH|^~\\&|PAS|RX1|EPR|HUB|20260101120000||ADT^A08|CTRL0007|X|2.4\r");
        Assert.Equal("AR", ack!.Code);
        Assert.Contains("202", Assert.Single(ack.Errors));
    }

    [Fact]
    public async Task OversizeFrameIsRejectedWithAnErrNamingTheLimitAndNotHandedOff()
    {
        var ack = await _harness.SendAsync(Admit, MllpFrameStatus.Oversize);
        Assert.Equal("AR", ack!.Code);
        Assert.Equal("CTRL0001", ack.AcknowledgedId);
        Assert.Contains("larger than", Assert.Single(ack.Errors));
        Assert.Empty(_harness.Handoff.HandedOff);
    }

    [Fact]
    public async Task NonDefaultDelimitersAreUsedInTheAck()
    {
        var ack = await _harness.SendAsync("MSH*:~\\&*PAS*RX1*EPR*HUB*20260101120000**ADT:A01*CTRL0008*P*2.4\rPID*1**1\r");
        Assert.Equal("AA", ack!.Code);
        Assert.StartsWith("MSH*:~\\&*EPR*HUB*PAS*RX1*", ack.Raw);
    }
}
