namespace IntegrationHub.Mapping;

/// <summary>A profile applies to messages whose MSH-3 (application) or MSH-4 (facility) equals this value.</summary>
internal sealed record SenderMatch(bool Facility, string Value);
