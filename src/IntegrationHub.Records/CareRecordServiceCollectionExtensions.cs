using IntegrationHub.Records.Postgres;
using IntegrationHub.Records.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace IntegrationHub.Records;

/// <summary>The one way the host adds the care record: store, options and FHIR API authentication.</summary>
public static class CareRecordServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICareRecordStore"/> and <see cref="ICareRecord"/>: PostgreSQL when
    /// <c>Postgres:ConnectionString</c> is set (the host's own <see cref="NpgsqlDataSource"/> is reused when it has
    /// registered one), otherwise the embedded SQLite store in one file beside the hub's own embedded database
    /// (<see cref="EmbeddedCareRecordPath"/>; single process only). Also validates <c>Fhir</c> options at start and
    /// sets up token validation.
    /// Call <see cref="ICareRecordStore.MigrateAsync"/> before consuming events.
    /// </summary>
    public static IServiceCollection AddCareRecord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<CareRecordOptions>()
            .Bind(configuration.GetSection(CareRecordOptions.SectionName))
            .Validate(o => o.DefaultPageSize is > 0 && o.DefaultPageSize <= o.MaxPageSize, "Fhir:DefaultPageSize must be between 1 and Fhir:MaxPageSize.")
            .Validate(o => o.BaseUrl is null || Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _), "Fhir:BaseUrl must be an absolute URL.")
            .Validate(o => o.Auth.EffectiveMode != FhirAuthMode.Jwt || o.Auth.HasKeys, "Fhir:Auth:Mode is Jwt but no Fhir:Auth:SymmetricKeys or Fhir:Auth:RsaPublicKeys are configured.")
            .Validate(o => o.Auth.EffectiveMode != FhirAuthMode.Jwt || (!string.IsNullOrWhiteSpace(o.Auth.Issuer) && !string.IsNullOrWhiteSpace(o.Auth.Audience)), "Fhir:Auth:Issuer and Fhir:Auth:Audience are required when tokens are checked.")
            .Validate(o => FhirTokenValidation.KeysAreUsable(o.Auth), "Fhir:Auth:SymmetricKeys must be base64 of at least 32 bytes and Fhir:Auth:RsaPublicKeys PEM public keys (text or file path).")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        var connectionString = configuration["Postgres:ConnectionString"];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            services.TryAddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
            services.AddSingleton<PostgresCareRecordStore>();
            services.AddSingleton<ICareRecordStore>(sp => sp.GetRequiredService<PostgresCareRecordStore>());
        }
        else
        {
            var path = EmbeddedCareRecordPath(configuration);
            services.AddSingleton(sp => new SqliteCareRecordStore(path, sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<ICareRecordStore>(sp => sp.GetRequiredService<SqliteCareRecordStore>());
        }

        services.AddSingleton<ICareRecord>(sp => sp.GetRequiredService<ICareRecordStore>());
        services.AddSingleton<Api.FhirCallerResolver>();
        FhirTokenValidation.Add(services);
        return services;
    }

    /// <summary>
    /// Where the embedded care record lives: <c>Embedded:CareRecordPath</c> when set, otherwise
    /// <c>care-record.db</c> in the directory of the hub's embedded database (<c>Embedded:DatabasePath</c>, by
    /// default <c>data/hub.db</c>). The directory is created when the store is migrated.
    /// </summary>
    public static string EmbeddedCareRecordPath(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["Embedded:CareRecordPath"] is { Length: > 0 } explicitPath)
        {
            return explicitPath;
        }

        var hubDatabase = configuration["Embedded:DatabasePath"] is { Length: > 0 } configured ? configured : Path.Combine("data", "hub.db");
        return Path.Combine(Path.GetDirectoryName(hubDatabase) ?? string.Empty, "care-record.db");
    }
}
