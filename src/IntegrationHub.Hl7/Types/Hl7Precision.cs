namespace IntegrationHub.Hl7;

/// <summary>How much of a DTM/DT value was sent.</summary>
public enum Hl7Precision : byte
{
    Year = 1,
    Month,
    Day,
    Hour,
    Minute,
    Second,

    /// <summary>Fractions of a second (1 to 4 digits).</summary>
    Fraction,
}
