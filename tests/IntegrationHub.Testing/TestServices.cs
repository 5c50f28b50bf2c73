namespace IntegrationHub.Testing;

/// <summary>
/// The RabbitMQ and PostgreSQL servers shared by every test in the process: started once, in parallel, on
/// first use, and stopped (their directories deleted) when the process exits. The first call also removes
/// what a crashed earlier run left behind. Set <see cref="RabbitMqVariable"/> or <see cref="PostgresVariable"/>
/// to use servers you already run instead; those cannot be stopped, killed or restarted by tests.
/// </summary>
/// <remarks>
/// Tests that kill or restart a server should not do it to these shared servers while other tests use them:
/// start a private <see cref="RabbitMqServer"/> or <see cref="PostgresServer"/> for that, or put the tests in one
/// non-parallel xunit collection.
/// </remarks>
public sealed class TestServices
{
    /// <summary>An AMQP URI, e.g. <c>amqp://guest:guest@127.0.0.1:5672/</c>.</summary>
    public const string RabbitMqVariable = "HUB_TEST_RABBITMQ_URI";

    /// <summary>An Npgsql connection string for a role that may create databases.</summary>
    public const string PostgresVariable = "HUB_TEST_POSTGRES";

    private static readonly Lazy<Task<TestServices>> Shared = new(() => Task.Run(StartAsync));

    private TestServices(RabbitMqServer rabbitMq, PostgresServer postgres)
    {
        RabbitMq = rabbitMq;
        Postgres = postgres;
    }

    public RabbitMqServer RabbitMq { get; }

    public PostgresServer Postgres { get; }

    /// <summary>
    /// The process-wide servers, started on the first call. A failed start is remembered: every later call
    /// fails with the same exception (and log tail) rather than starting servers again.
    /// </summary>
    public static Task<TestServices> GetAsync() => Shared.Value;

    private static async Task<TestServices> StartAsync()
    {
        var rabbitMq = CreateRabbitMq(Environment.GetEnvironmentVariable(RabbitMqVariable));
        var postgres = CreatePostgres(Environment.GetEnvironmentVariable(PostgresVariable));

        var rabbitStart = rabbitMq.StartAsync();
        var postgresStart = postgres.StartAsync();
        try
        {
            await Task.WhenAll(rabbitStart, postgresStart);
        }
        catch (Exception)
        {
            // Stop whichever did start; report both failures when both failed.
            await rabbitMq.DisposeAsync();
            await postgres.DisposeAsync();
            if (rabbitStart.IsFaulted && postgresStart.IsFaulted)
            {
                throw new AggregateException(rabbitStart.Exception!.InnerExceptions[0], postgresStart.Exception!.InnerExceptions[0]);
            }

            throw;
        }

        return new TestServices(rabbitMq, postgres);
    }

    private static RabbitMqServer CreateRabbitMq(string? uri)
    {
        if (string.IsNullOrWhiteSpace(uri))
        {
            return new RabbitMqServer();
        }

        return Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Scheme is "amqp" or "amqps"
            ? RabbitMqServer.External(parsed)
            : throw new TestServerException($"{RabbitMqVariable} must be an AMQP URI such as amqp://guest:guest@127.0.0.1:5672/.");
    }

    private static PostgresServer CreatePostgres(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return new PostgresServer();
        }

        try
        {
            return PostgresServer.External(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new TestServerException($"{PostgresVariable} is not a valid Npgsql connection string: {exception.Message}", exception);
        }
    }
}
