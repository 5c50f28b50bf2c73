namespace IntegrationHub.Fhir;

/// <summary>How much of a FHIR date, dateTime or instant was given; nothing finer is ever invented.</summary>
public enum FhirDatePrecision
{
    /// <summary>A year only, <c>YYYY</c>.</summary>
    Year,

    /// <summary>A year and month, <c>YYYY-MM</c>.</summary>
    Month,

    /// <summary>A full date, <c>YYYY-MM-DD</c>.</summary>
    Day,

    /// <summary>A date and a time to the second (or finer) with a UTC offset.</summary>
    Time,
}
