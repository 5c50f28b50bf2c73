namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="EventTiming"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class EventTimingConverter() : FhirCodeConverter<EventTiming>(
[
    "MORN",
    "MORN.early",
    "MORN.late",
    "NOON",
    "AFT",
    "AFT.early",
    "AFT.late",
    "EVE",
    "EVE.early",
    "EVE.late",
    "NIGHT",
    "PHS",
    "HS",
    "WAKE",
    "C",
    "CM",
    "CD",
    "CV",
    "AC",
    "ACM",
    "ACD",
    "ACV",
    "PC",
    "PCM",
    "PCD",
    "PCV",
]);
