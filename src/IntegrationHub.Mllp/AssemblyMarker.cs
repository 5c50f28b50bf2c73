namespace IntegrationHub.Mllp;
internal static class AssemblyMarker;
