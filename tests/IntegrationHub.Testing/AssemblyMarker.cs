namespace IntegrationHub.Testing;
internal static class AssemblyMarker;
