namespace IntegrationHub.Hl7;

/// <summary>Choices for <see cref="Hl7Message.Parse(ReadOnlySpan{byte}, Hl7ParseOptions)"/>.</summary>
/// <param name="SkipTextValidation">
/// Skip checking that the bytes are valid in the declared character set (one vectorised pass); for callers that
/// validated already.
/// </param>
public readonly record struct Hl7ParseOptions(bool SkipTextValidation = false);
