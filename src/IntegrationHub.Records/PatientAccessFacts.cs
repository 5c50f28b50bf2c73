namespace IntegrationHub.Records;

/// <summary>What access control needs to know of a patient: the registered practice (ODS code) and any merge.</summary>
public sealed record PatientAccessFacts(string PatientId, string? GpPracticeOds, string? ReplacedBy);
