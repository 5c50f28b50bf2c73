using IntegrationHub.Storage;
using Npgsql;

namespace IntegrationHub.Tests.Storage;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void StatementsArePreparedWhenTheConnectionStringDoesNotSay()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults("Host=db;Database=hub;Username=hub"));

        Assert.Equal(PostgresConnectionString.DefaultMaxAutoPrepare, result.MaxAutoPrepare);
        Assert.True(result.NoResetOnClose);
        Assert.Equal("db", result.Host);
        Assert.Equal("hub", result.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=10", 10)]
    [InlineData("Host=db;max auto prepare=200", 200)]
    public void AnExplicitSettingIsKept(string configured, int expected)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(configured));

        Assert.Equal(expected, result.MaxAutoPrepare);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false")]
    [InlineData("Host=db;NoResetOnClose=false")]
    public void AnExplicitResetSettingIsKept(string configured)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(configured));

        Assert.False(result.NoResetOnClose);
    }

    [Fact]
    public void AConnectionStringWithoutAHostIsRefusedByName()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PostgresConnectionString.WithDefaults("Database=hub"));

        Assert.Equal("Postgres:ConnectionString has no Host.", error.Message);
    }

    [Fact]
    public void AnUnknownKeywordIsRefusedWithNpgsqlsReason()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PostgresConnectionString.WithDefaults("Host=db;Colour=blue"));

        Assert.StartsWith("Postgres:ConnectionString is not a valid Npgsql connection string:", error.Message, StringComparison.Ordinal);
        Assert.Contains("colour", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
