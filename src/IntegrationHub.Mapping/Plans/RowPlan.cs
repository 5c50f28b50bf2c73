namespace IntegrationHub.Mapping;

/// <summary>One compiled row: where to read, whether every repetition maps, and the binding that writes.</summary>
internal sealed record RowPlan(RowSource Source, int Field, int Component, byte[]? Constant, bool EachRepetition, Binding Binding, string V2);
