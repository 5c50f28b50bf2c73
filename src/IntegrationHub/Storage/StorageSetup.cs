using Microsoft.Extensions.Options;
using Npgsql;

namespace IntegrationHub.Storage;

/// <summary>PostgreSQL when <c>Postgres:ConnectionString</c> is set, otherwise the embedded SQLite file.</summary>
internal static class StorageSetup
{
    public static IHostApplicationBuilder AddHubStorage(this IHostApplicationBuilder builder)
    {
        var postgres = builder.Configuration.GetSection(PostgresOptions.SectionName).Get<PostgresOptions>() ?? new PostgresOptions();
        if (postgres.IsConfigured)
        {
            var connectionString = PostgresConnectionString.WithDefaults(postgres.ConnectionString!);
            builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
            builder.Services.AddSingleton<PostgresReceivedMessageStore>();
            builder.Services.AddSingleton<IReceivedMessageStore>(sp => sp.GetRequiredService<PostgresReceivedMessageStore>());
            builder.Services.AddSingleton<IMessageArchive>(sp => sp.GetRequiredService<PostgresReceivedMessageStore>());
            builder.Services.AddSingleton<IPatientTimeline>(sp => sp.GetRequiredService<PostgresReceivedMessageStore>());
        }
        else
        {
            builder.Services.AddOptions<EmbeddedOptions>().BindConfiguration(EmbeddedOptions.SectionName)
                .Validate(o => !string.IsNullOrWhiteSpace(o.DatabasePath), "Embedded:DatabasePath must name a file.")
                .ValidateOnStart();
            builder.Services.AddSingleton(sp => new SqliteReceivedMessageStore(sp.GetRequiredService<IOptions<EmbeddedOptions>>().Value));
            builder.Services.AddSingleton<IReceivedMessageStore>(sp => sp.GetRequiredService<SqliteReceivedMessageStore>());
            builder.Services.AddSingleton<IIntakeJournal>(sp => sp.GetRequiredService<SqliteReceivedMessageStore>());
            builder.Services.AddSingleton<IMessageArchive>(sp => sp.GetRequiredService<SqliteReceivedMessageStore>());
            builder.Services.AddSingleton<IPatientTimeline>(sp => sp.GetRequiredService<SqliteReceivedMessageStore>());
        }

        // Before the bus and the listener: nothing is accepted until the schema is in place.
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }
}
