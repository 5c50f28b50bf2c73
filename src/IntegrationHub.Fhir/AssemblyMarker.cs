namespace IntegrationHub.Fhir;
internal static class AssemblyMarker;
