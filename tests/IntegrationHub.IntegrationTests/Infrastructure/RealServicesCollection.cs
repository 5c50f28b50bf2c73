namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>
/// Tests on the shared RabbitMQ and PostgreSQL run one class at a time: some of them stop the broker on purpose.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RealServicesCollection : ICollectionFixture<RealServicesFixture>
{
    public const string Name = "Real RabbitMQ and PostgreSQL";
}
