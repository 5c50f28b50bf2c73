namespace IntegrationHub.Hl7;
internal static class AssemblyMarker;
