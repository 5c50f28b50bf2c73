using System.Text;
using IntegrationHub.Hl7;
using IntegrationHub.Intake;

namespace IntegrationHub.Tests.Intake;

public class PatientKeyTests
{
    private static string KeyOf(string pid3, string facility = "RX1")
    {
        var message = Encoding.Latin1.GetBytes($"MSH|^~\\&|PAS|{facility}|HUB|HUB|20260101||ADT^A08|1|P|2.4\rPID|1||{pid3}||SMITH^JOHN\r");
        Assert.True(MessageHeader.TryRead(message, out var header, out _));
        return PatientKey.For(message, header!);
    }

    [Theory]
    [InlineData("9434765919^^^NHS^NH")]
    [InlineData("RX123^^^RX1^MR~9434765919^^^NHS")]
    [InlineData("9434765919^^^^NH")]
    [InlineData("9434765919^^^^^NHS")]
    public void NhsNumberIsTheKeyWhereverPid3SaysSo(string pid3)
    {
        Assert.Equal(KeyOf("9434765919^^^NHS^NH"), KeyOf(pid3));
    }

    [Fact]
    public void TheKeyIsAHashNotTheIdentifier()
    {
        var key = KeyOf("9434765919^^^NHS^NH");
        Assert.DoesNotContain("9434765919", key);
        Assert.Equal(32, key.Length);
    }

    [Fact]
    public void LocalIdentifiersAreScopedByTheirAssigningAuthority()
    {
        Assert.NotEqual(KeyOf("12345^^^RX1^MR"), KeyOf("12345^^^RY2^MR"));
        Assert.Equal(KeyOf("12345^^^RX1^MR"), KeyOf("12345^^^RX1^MR~^^^RY2^MR"));
    }

    [Fact]
    public void WithoutAnAssigningAuthorityTheSendingFacilityScopesTheIdentifier()
    {
        Assert.NotEqual(KeyOf("12345", facility: "RX1"), KeyOf("12345", facility: "RY2"));
    }

    [Fact]
    public void MessageWithoutPatientIdentifiersIsKeyedBySender()
    {
        Assert.Equal(KeyOf(string.Empty), KeyOf("^^^RX1^MR"));
        Assert.NotEqual(KeyOf(string.Empty), KeyOf("12345^^^RX1^MR"));
    }
}
