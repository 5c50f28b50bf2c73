using System.Text;
using IntegrationHub.Cli.Sending;

namespace IntegrationHub.Tests.Cli;

public class ControlIdRewriterTests
{
    [Theory]
    [InlineData("MSH|^~\\&|PAS|RX1|EPR|HUB|20260101||ADT^A01|OLD|P|2.4\rPID|1\r", "MSH|^~\\&|PAS|RX1|EPR|HUB|20260101||ADT^A01|NEW-1|P|2.4\rPID|1\r")]
    [InlineData("MSH|^~\\&|||||||ADT^A01|OLD\r", "MSH|^~\\&|||||||ADT^A01|NEW-1\r")]
    [InlineData("MSH*^~\\&*PAS*RX1*EPR*HUB*20260101**ADT^A01*OLD*P*2.4\r", "MSH*^~\\&*PAS*RX1*EPR*HUB*20260101**ADT^A01*NEW-1*P*2.4\r")]
    public void OnlyMsh10IsReplaced(string message, string expected)
    {
        var rewritten = ControlIdRewriter.WithControlId(Encoding.ASCII.GetBytes(message), "NEW-1");
        Assert.Equal(expected, Encoding.ASCII.GetString(rewritten));
    }
}
