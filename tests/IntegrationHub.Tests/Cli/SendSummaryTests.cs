using IntegrationHub.Cli.Sending;

namespace IntegrationHub.Tests.Cli;

public class SendSummaryTests
{
    [Fact]
    public void CountsCodesProblemsAndNearestRankPercentiles()
    {
        var results = Enumerable.Range(1, 100).Select(i => new SendResult("AA", true, i)).ToList();
        results.Add(new SendResult("AE", true, 500));
        results.Add(new SendResult("AA", false, 1));
        results.Add(new SendResult(null, false, 30_000));
        var summary = new SendSummary(results, TimeSpan.FromSeconds(2));

        Assert.Equal(103, summary.Sent);
        Assert.Equal(100, summary.Positive);
        Assert.Equal(101, summary.Count("AA"));
        Assert.Equal(1, summary.WrongControlId);
        Assert.Equal(1, summary.Unanswered);
        // 102 answered latencies: 1, 1, 2 … 100, 500; the 51st is 50.
        Assert.Equal(50, summary.Percentile(50));
        Assert.Equal(500, summary.Percentile(100));
        Assert.Equal(51.5, summary.MessagesPerSecond);
    }

    [Fact]
    public void AckLogListsEachPositivelyAcknowledgedMessageWithItsArrivalInMicroseconds()
    {
        var at = DateTimeOffset.UnixEpoch.AddSeconds(1_700_000_000).AddTicks(12_345_670);
        var results = new List<SendResult>
        {
            new("AA", true, 3, "C1", at),
            new("AE", true, 4, "C2", at),
            new("AA", false, 5, "C3", at),
            new(null, false, 30_000),
            new("CA", true, 6, "C4", at.AddMilliseconds(2)),
        };
        using var log = new StringWriter { NewLine = "\n" };

        new SendSummary(results, TimeSpan.FromSeconds(1)).WriteAckLog(log);

        Assert.Equal("C1\t1700000001234567\nC4\t1700000001236567\n", log.ToString());
    }
}
