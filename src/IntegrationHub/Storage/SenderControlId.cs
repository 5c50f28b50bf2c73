namespace IntegrationHub.Storage;

/// <summary>MSH-3, MSH-4 and MSH-10: what makes a message the same message when its sender resends it.</summary>
internal readonly record struct SenderControlId(string SendingApplication, string SendingFacility, string ControlId);
