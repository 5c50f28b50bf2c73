using IntegrationHub.Mapping;

namespace IntegrationHub.Pipeline;

/// <summary>Loads and checks the mappings at start-up: a broken mapping file stops the hub before it accepts anything.</summary>
internal static class PipelineSetup
{
    public static IHostApplicationBuilder AddHubPipeline(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(MappingOptions.SectionName).Get<MappingOptions>() ?? new MappingOptions();
        MappingEngine engine;
        try
        {
            engine = MappingEngine.Load(options.Directory);
        }
        catch (MappingLoadException ex)
        {
            // The exception lists every problem as file:line: message; the first names where to look.
            throw new InvalidOperationException($"Mappings:Directory {options.Directory} has errors: {ex.Message}", ex);
        }

        builder.Services.AddSingleton(engine);
        builder.Services.AddSingleton<PatientEventFactory>();
        return builder;
    }
}
