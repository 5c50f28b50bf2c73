using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Api;

/// <summary>
/// A resource served under <c>/fhir</c> by another part of the hub (e.g. Subscription, by the notifications):
/// registered in DI, it is listed in the CapabilityStatement beside the care record's own resources, so
/// <c>metadata</c> describes everything the endpoint answers and nothing it does not.
/// </summary>
public interface ICapabilityContributor
{
    CapabilityStatementRestResource Describe();
}
