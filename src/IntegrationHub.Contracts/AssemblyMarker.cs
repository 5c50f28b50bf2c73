namespace IntegrationHub.Contracts;
internal static class AssemblyMarker;
