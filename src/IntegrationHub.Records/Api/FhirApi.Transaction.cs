using IntegrationHub.Fhir;
using IntegrationHub.Records.Api;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Records;

public static partial class FhirApi
{
    private static Task Transaction(HttpContext context, FhirCaller caller)
    {
        _ = caller;
        return FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status501NotImplemented, IssueType.NotSupported, "Transactions are not supported yet.");
    }
}
