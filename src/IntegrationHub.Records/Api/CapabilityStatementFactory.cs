using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Api;

/// <summary>
/// The CapabilityStatement, built from the same tables the API runs on (<see cref="SearchParameters"/>), so it
/// lists exactly what works: read/vread/history-instance for every readable type, search-type with its
/// parameters, includes and revincludes, Patient $everything, the transaction for GP medication, and what other
/// parts of the hub serve under <c>/fhir</c> (<see cref="ICapabilityContributor"/>).
/// </summary>
internal static class CapabilityStatementFactory
{
    public static CapabilityStatement Create(string baseUrl, FhirAuthOptions auth, IEnumerable<ICapabilityContributor> contributors)
    {
        var resources = new List<CapabilityStatementRestResource>();
        foreach (var type in SearchParameters.ReadableTypes.Order(StringComparer.Ordinal))
        {
            var interactions = new List<CapabilityStatementRestResourceInteraction>
            {
                new() { Code = TypeRestfulInteraction.Read },
                new() { Code = TypeRestfulInteraction.Vread },
                new() { Code = TypeRestfulInteraction.HistoryInstance },
            };
            var resource = new CapabilityStatementRestResource
            {
                Type = FhirCode.Parse<ResourceType>(type),
                Interaction = interactions,
                Versioning = ResourceVersionPolicy.Versioned,
                ReadHistory = true,
                UpdateCreate = false,
            };
            if (SearchParameters.ByType.TryGetValue(type, out var parameters))
            {
                interactions.Add(new CapabilityStatementRestResourceInteraction { Code = TypeRestfulInteraction.SearchType });
                resource.SearchParam = [];
                foreach (var parameter in parameters.Values.OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    resource.SearchParam.Add(new CapabilityStatementRestResourceSearchParam { Name = parameter.Name, Definition = parameter.Definition, Type = parameter.Type });
                }

                resource.SearchInclude = SearchParameters.Includes.TryGetValue(type, out var includes) ? [.. includes] : null;
                resource.SearchRevInclude = SearchParameters.RevIncludes.TryGetValue(type, out var revIncludes) ? [.. revIncludes] : null;
            }

            if (type == "Patient")
            {
                resource.Operation =
                [
                    new CapabilityStatementRestResourceOperation { Name = "everything", Definition = "http://hl7.org/fhir/OperationDefinition/Patient-everything" },
                ];
            }

            resources.Add(resource);
        }

        resources.AddRange(contributors.Select(contributor => contributor.Describe()));

        return new CapabilityStatement
        {
            Url = baseUrl + "/metadata",
            Name = "IntegrationHubSharedCareRecord",
            Title = "IntegrationHub shared care record and integrated prescribing view",
            Status = PublicationStatus.Active,
            Date = new FhirDateTime(new FhirDate(2026, 11, 24)),
            Publisher = "IntegrationHub",
            Kind = CapabilityStatementKind.Instance,
            Software = new CapabilityStatementSoftware { Name = "IntegrationHub" },
            Implementation = new CapabilityStatementImplementation { Description = "Shared care record (hospital and GP) served as FHIR R4", Url = baseUrl },
            FhirVersion = FHIRVersion.V401,
            Format = ["application/fhir+json", "json"],
            Rest =
            [
                new CapabilityStatementRest
                {
                    Mode = RestfulCapabilityMode.Server,
                    Documentation = "Search paging: _count (default and maximum configured) with next links; unknown parameters are rejected with 400.",
                    Security = new CapabilityStatementRestSecurity
                    {
                        Cors = false,
                        Service =
                        [
                            new CodeableConcept
                            {
                                Coding = [new Coding { System = "http://terminology.hl7.org/CodeSystem/restful-security-service", Code = "SMART-on-FHIR" }],
                            },
                        ],
                        Description = auth.EffectiveMode == FhirAuthMode.Development
                            ? "Development mode: callers on the hub's own machine need no token; others need a JWT bearer token."
                            : "JWT bearer tokens (HS256 or RS256) with scopes such as system/*.read; a token with an organisation ODS code sees only that practice's patients.",
                    },
                    Resource = resources,
                    Interaction = [new CapabilityStatementRestInteraction { Code = SystemRestfulInteraction.Transaction }],
                },
            ],
        };
    }
}
