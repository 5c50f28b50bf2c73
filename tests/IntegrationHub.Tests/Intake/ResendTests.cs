namespace IntegrationHub.Tests.Intake;

/// <summary>
/// Resends after a lost ACK are normal traffic: the same message under the same sender and control id gets the
/// original ACK back and is not processed again; a different message under a used control id is refused.
/// </summary>
public class ResendTests
{
    private const string Admit = "MSH|^~\\&|PAS|RX1|EPR|HUB|20260101120000||ADT^A01^ADT_A01|CTRL0100|P|2.4\rPID|1||1234567^^^RX1^MR\r";

    [Fact]
    public async Task ResendIsAnsweredWithTheOriginalAckBytesAndNotHandedOffAgain()
    {
        var harness = new IntakeHarness();
        await harness.SendAsync(Admit);
        var original = harness.LastAck;

        var again = await harness.SendAsync(Admit);

        Assert.Equal("AA", again!.Code);
        Assert.Equal(original, harness.LastAck);
        Assert.Single(harness.Handoff.HandedOff);
    }

    [Fact]
    public async Task ResendToAnotherInstanceIsRecognisedFromTheDatabase()
    {
        var first = new IntakeHarness();
        await first.SendAsync(Admit);
        var original = first.LastAck;
        await first.StoreHandedOffAsync();

        var second = new IntakeHarness(first.Store);
        await second.SendAsync(Admit);

        Assert.Equal(original, second.LastAck);
        Assert.Empty(second.Handoff.HandedOff);
    }

    [Fact]
    public async Task DifferentMessageUnderAUsedControlIdIsRefusedWith205AndNotHandedOff()
    {
        var harness = new IntakeHarness();
        await harness.SendAsync(Admit);

        var refused = await harness.SendAsync(Admit.Replace("1234567", "7654321", StringComparison.Ordinal));

        Assert.Equal("AE", refused!.Code);
        Assert.Equal("CTRL0100", refused.AcknowledgedId);
        Assert.Contains("|205^", Assert.Single(refused.Errors));
        Assert.Single(harness.Handoff.HandedOff);
    }

    [Fact]
    public async Task SameControlIdFromAnotherSenderIsADifferentMessage()
    {
        var harness = new IntakeHarness();
        await harness.SendAsync(Admit);

        var other = await harness.SendAsync(Admit.Replace("|PAS|RX1|", "|PAS|RX2|", StringComparison.Ordinal));

        Assert.Equal("AA", other!.Code);
        Assert.Equal(2, harness.Handoff.HandedOff.Count);
    }

    [Fact]
    public async Task FailedHandoffIsNotRememberedSoTheResendIsAccepted()
    {
        var harness = new IntakeHarness();
        harness.Handoff.Failing = true;
        Assert.Equal("AE", (await harness.SendAsync(Admit))!.Code);

        harness.Handoff.Failing = false;
        Assert.Equal("AA", (await harness.SendAsync(Admit))!.Code);
        Assert.Single(harness.Handoff.HandedOff);
    }
}
