using IntegrationHub.Intake;
using IntegrationHub.Storage;

namespace IntegrationHub.Tests.Intake;

public sealed class RecentReceiptsTests
{
    [Fact]
    public void TheOldestReceiptsFallOutOnceTheCapacityIsReached()
    {
        var recent = new RecentReceipts(capacity: 3);
        for (var i = 1; i <= 5; i++)
        {
            recent.Add("PAS", "RXX", "C" + i, new PriorReceipt("hash" + i, [(byte)i]));
        }

        Assert.False(recent.TryGet("PAS", "RXX", "C1", out _));
        Assert.False(recent.TryGet("PAS", "RXX", "C2", out _));
        Assert.True(recent.TryGet("PAS", "RXX", "C5", out var newest));
        Assert.Equal("hash5", newest!.ContentHash);
        Assert.True(recent.TryGet("PAS", "RXX", "C3", out _));
    }

    [Fact]
    public void AReceiptAddedTwiceIsCountedOnceAndKeepsTheFirstAck()
    {
        var recent = new RecentReceipts(capacity: 2);
        recent.Add("PAS", "RXX", "C1", new PriorReceipt("first", [1]));
        recent.Add("PAS", "RXX", "C1", new PriorReceipt("second", [2]));
        recent.Add("PAS", "RXX", "C2", new PriorReceipt("other", [3]));

        Assert.True(recent.TryGet("PAS", "RXX", "C1", out var kept));
        Assert.Equal("first", kept!.ContentHash);
        Assert.True(recent.TryGet("PAS", "RXX", "C2", out _));
    }
}
