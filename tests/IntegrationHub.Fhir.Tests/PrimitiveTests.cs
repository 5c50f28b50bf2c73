namespace IntegrationHub.Fhir.Tests;

public class PrimitiveTests
{
    [Theory]
    [InlineData("1968", FhirDatePrecision.Year)]
    [InlineData("1968-02", FhirDatePrecision.Month)]
    [InlineData("1968-02-29", FhirDatePrecision.Day)]
    [InlineData("0001-01-01", FhirDatePrecision.Day)]
    public void ValidDatesKeepTheirTextAndPrecision(string text, FhirDatePrecision precision)
    {
        Assert.True(FhirDate.TryParse(text, out var date));

        Assert.Equal(text, date.ToString());
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0000")]
    [InlineData("196")]
    [InlineData("1968-2")]
    [InlineData("1968-13")]
    [InlineData("1969-02-29")]
    [InlineData("1968-04-31")]
    [InlineData("1968-02-29T00:00:00Z")]
    [InlineData("1968-02-29 ")]
    [InlineData("19680229")]
    public void InvalidDatesAreRejected(string text) => Assert.False(FhirDate.TryParse(text, out _));

    [Theory]
    [InlineData("2024", FhirDatePrecision.Year)]
    [InlineData("2024-03", FhirDatePrecision.Month)]
    [InlineData("2024-03-01", FhirDatePrecision.Day)]
    [InlineData("2024-03-01T09:30:00Z", FhirDatePrecision.Time)]
    [InlineData("2024-03-01T09:30:00.1234567+01:00", FhirDatePrecision.Time)]
    [InlineData("2024-03-01T23:59:60-13:59", FhirDatePrecision.Time)]
    [InlineData("2024-03-01T09:30:00+14:00", FhirDatePrecision.Time)]
    public void ValidDateTimesKeepTheirTextAndPrecision(string text, FhirDatePrecision precision)
    {
        Assert.True(FhirDateTime.TryParse(text, out var value));

        Assert.Equal(text, value.ToString());
        Assert.Equal(precision, value.Precision);
    }

    [Theory]
    [InlineData("2024-03-01T09:30:00")]
    [InlineData("2024-03-01T09:30Z")]
    [InlineData("2024-03-01T24:00:00Z")]
    [InlineData("2024-03-01T09:30:00.Z")]
    [InlineData("2024-03-01T09:30:00+14:30")]
    [InlineData("2024-03-01T09:30:00+0100")]
    [InlineData("2024-03T09:30:00Z")]
    [InlineData("2024-03-01t09:30:00z")]
    public void InvalidDateTimesAreRejected(string text) => Assert.False(FhirDateTime.TryParse(text, out _));

    [Theory]
    [InlineData("2024-03-01T09:30:00Z", true)]
    [InlineData("2024-03-01T09:30:00.5+05:30", true)]
    [InlineData("2024-03-01", false)]
    [InlineData("2024-03-01T09:30:00", false)]
    public void InstantsNeedAFullTimeAndZone(string text, bool valid) => Assert.Equal(valid, FhirInstant.TryParse(text, out _));

    [Theory]
    [InlineData("09:30:00", true)]
    [InlineData("23:59:60.999", true)]
    [InlineData("09:30", false)]
    [InlineData("09:30:00Z", false)]
    [InlineData("25:00:00", false)]
    public void TimesFollowTheFhirGrammar(string text, bool valid) => Assert.Equal(valid, FhirTime.TryParse(text, out _));

    [Fact]
    public void DateTimeFromDateTimeOffsetIsWrittenToTheSecondWithItsOffset()
    {
        Assert.Equal("2024-03-01T09:30:00Z", new FhirDateTime(new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.Zero)).ToString());
        Assert.Equal("2024-07-01T09:30:00.250+01:00", new FhirDateTime(new DateTimeOffset(2024, 7, 1, 9, 30, 0, 250, TimeSpan.FromHours(1))).ToString());
        Assert.Equal("1968-02", new FhirDateTime(new FhirDate(1968, 2)).ToString());
    }

    [Fact]
    public void PartialDateTimesDoNotTurnIntoInstants()
    {
        Assert.False(FhirDateTime.Parse("2024-03").TryGetDateTimeOffset(out _));
        Assert.True(FhirDateTime.Parse("2024-03-01T09:30:00+01:00").TryGetDateTimeOffset(out var value));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)), value);
    }

    [Fact]
    public void ConstructorsRejectImpossibleDates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FhirDate(2023, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FhirDate(0));
        Assert.Throws<FormatException>(() => FhirDate.Parse("2023-02-29"));
    }

    [Theory]
    [InlineData("1.50")]
    [InlineData("0.000")]
    [InlineData("-0.5")]
    [InlineData("1e3")]
    [InlineData("6.02E+23")]
    [InlineData("123456789012345678901234567890.123456789")]
    public void DecimalsKeepTheirExactTextThroughJson(string number)
    {
        var json = $$$"""{"resourceType":"Observation","status":"final","code":{"text":"x"},"valueQuantity":{"value":{{{number}}}}}""";

        Assert.True(FhirJson.TryParse<Observation>(json, out var observation, out var issues), RoundTripTests.Describe(issues));

        Assert.Equal(number, observation.ValueQuantity!.Value.ToString());
        Assert.Equal(json, FhirJson.Serialize(observation));
    }

    [Fact]
    public void DecimalFromADecimalKeepsItsScale()
    {
        Assert.Equal("1.50", new FhirDecimal(1.50m).ToString());
        Assert.True(new FhirDecimal(1.50m).TryGetDecimal(out var value));
        Assert.Equal(1.5m, value);
        Assert.False(FhirDecimal.TryParse("01", out _));
        Assert.False(FhirDecimal.TryParse("1.", out _));
    }

    [Fact]
    public void ADefaultPrimitiveCannotBeWritten()
        => Assert.Throws<InvalidOperationException>(() => FhirJson.Serialize(new Patient { BirthDate = default(FhirDate) }));
}
