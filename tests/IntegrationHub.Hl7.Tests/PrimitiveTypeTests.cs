using static IntegrationHub.Hl7.Tests.Hl7TestMessages;

namespace IntegrationHub.Hl7.Tests;

public class PrimitiveTypeTests
{
    [Theory]
    [InlineData("2024", 2024, 0, 0, 0, 0, 0, 0, Hl7Precision.Year)]
    [InlineData("202403", 2024, 3, 0, 0, 0, 0, 0, Hl7Precision.Month)]
    [InlineData("20240311", 2024, 3, 11, 0, 0, 0, 0, Hl7Precision.Day)]
    [InlineData("2024031109", 2024, 3, 11, 9, 0, 0, 0, Hl7Precision.Hour)]
    [InlineData("202403110930", 2024, 3, 11, 9, 30, 0, 0, Hl7Precision.Minute)]
    [InlineData("20240311093015", 2024, 3, 11, 9, 30, 15, 0, Hl7Precision.Second)]
    [InlineData("20240311093015.1", 2024, 3, 11, 9, 30, 15, 1_000_000, Hl7Precision.Fraction)]
    [InlineData("20240311093015.1234", 2024, 3, 11, 9, 30, 15, 1_234_000, Hl7Precision.Fraction)]
    [InlineData("20240229", 2024, 2, 29, 0, 0, 0, 0, Hl7Precision.Day)]
    public void ParsesDateTimeAtEveryPrecision(string text, int year, int month, int day, int hour, int minute, int second, int ticks, Hl7Precision precision)
    {
        Assert.True(Hl7DateTime.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out var value, out string? problem), problem);
        Assert.Equal(new Hl7DateTime(year, month, day, hour, minute, second, ticks, precision, null), value);
        Assert.False(value.HasOffset);
    }

    [Theory]
    [InlineData("20240311093015+0000", 0, 0)]
    [InlineData("20240311093015+0100", 1, 0)]
    [InlineData("20240311093015-0530", -5, -30)]
    [InlineData("202403110930+1400", 14, 0)]
    [InlineData("2024+0100", 1, 0)]
    public void ParsesOffsets(string text, int hours, int minutes)
    {
        Assert.True(Hl7DateTime.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out var value, out _));
        Assert.Equal(new TimeSpan(hours, minutes, 0), value.Offset);
        Assert.Equal(new TimeSpan(hours, minutes, 0), value.ToDateTimeOffset().Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("20241")]
    [InlineData("20241301")]
    [InlineData("20240230")]
    [InlineData("20230229")]
    [InlineData("2024031124")]
    [InlineData("202403112360")]
    [InlineData("20240311235960")]
    [InlineData("20240311093015.")]
    [InlineData("20240311093015.12345")]
    [InlineData("202403110930.5")]
    [InlineData("20240311+01")]
    [InlineData("20240311+2500")]
    [InlineData("20240311+0160")]
    [InlineData("2024-03-11")]
    [InlineData("0000")]
    [InlineData("2024031A")]
    public void InvalidDateTimesAreProblemsNotExceptions(string text)
    {
        Assert.False(Hl7DateTime.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out _, out string? problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public void InvalidDatesAndNumbersBecomeIssuesWithTheirLocation()
    {
        string[] fields = new string[31];
        Array.Fill(fields, string.Empty);
        (fields[0], fields[1], fields[7], fields[8], fields[30]) = ("PID", "1", "20230229", "F", "x1");
        var message = Parse(string.Join("|", fields));
        var birthLocation = Hl7Location.ForField("PID", 7);
        Assert.False(Hl7DateTime.TryRead(message.Get(Hl7Path.Parse("PID-7")), birthLocation, out _, out var issue));
        Assert.NotNull(issue);
        Assert.Equal(Hl7ErrorCode.DataTypeError, issue.Value.Code);
        Assert.Equal("PID-7", issue.Value.Location.ToString());
        Assert.False(Hl7DateTime.TryRead(message.Get(Hl7Path.Parse("PID-29")), Hl7Location.ForField("PID", 29), out _, out var missing));
        Assert.Null(missing);
        Assert.False(Hl7Number.TryRead(message.Get(Hl7Path.Parse("PID-30")), Hl7Location.ForField("PID", 30), out _, out var number));
        Assert.Equal("PID-30", number!.Value.Location.ToString());
        Assert.True(Hl7Number.TryRead(message.Get(Hl7Path.Parse("PID-1")), Hl7Location.ForField("PID", 1), out decimal one, out _));
        Assert.Equal(1m, one);
        message.Dispose();
    }

    [Fact]
    public void ReadsTsFromItsFirstComponent()
    {
        var message = Parse("EVN|A01|20240311093015^S");
        Assert.True(Hl7DateTime.TryRead(message.Get(Hl7Path.Parse("EVN-2")), out var value, out _));
        Assert.Equal(new DateTime(2024, 3, 11, 9, 30, 15), value.ToDateTime());
        message.Dispose();
    }

    [Theory]
    [InlineData("20240311", true)]
    [InlineData("202403", true)]
    [InlineData("2024031109", false)]
    [InlineData("20240311+0000", false)]
    public void DtHasAtMostDayPrecision(string text, bool valid) =>
        Assert.Equal(valid, Hl7DateTime.TryParseDate(System.Text.Encoding.ASCII.GetBytes(text), out _, out _));

    [Theory]
    [InlineData("0", 0)]
    [InlineData("42", 42)]
    [InlineData("-1.5", -1.5)]
    [InlineData("+3.25", 3.25)]
    [InlineData(" 7 ", 7)]
    [InlineData("0.001", 0.001)]
    [InlineData("12.", 12)]
    public void ParsesNumbers(string text, double expected)
    {
        Assert.True(Hl7Number.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out decimal value, out string? problem), problem);
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e5")]
    [InlineData("1,5")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("--1")]
    public void InvalidNumbersAreProblems(string text) =>
        Assert.False(Hl7Number.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out _, out _));

    [Theory]
    [InlineData("1", true, 1)]
    [InlineData("9999", true, 9999)]
    [InlineData("10000", false, 0)]
    [InlineData("-1", false, 0)]
    [InlineData("", false, 0)]
    public void ParsesSequenceIds(string text, bool valid, int expected)
    {
        Assert.Equal(valid, Hl7Number.TryParseSequenceId(System.Text.Encoding.ASCII.GetBytes(text), out int value, out _));
        Assert.Equal(expected, value);
    }

    private static Hl7Message Parse(string segment) => Hl7Message.Parse(Bytes("MSH|^~\\&|A|B|C|D|||ADT^A01|1|P|2.4\r" + segment + "\r"));
}
