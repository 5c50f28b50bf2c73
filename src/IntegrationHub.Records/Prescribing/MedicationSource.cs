using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Prescribing;

/// <summary>Where a medicine was prescribed or recorded: the two sides of the split the integrated view closes.</summary>
internal enum CareSetting
{
    Hospital,
    Gp,
}

/// <summary>
/// One piece of evidence for a line of the patient's medication list: a hospital order, dispense or
/// administration, a GP prescription or a GP medication statement. Lines are keyed by the medicine's concept (the
/// dm+d code; dm+d ids are SNOMED CT ids, so a SNOMED-coded medicine with the same id is the same concept).
/// </summary>
internal sealed record MedicationSource(
    string PatientId,
    string Concept,
    string SourceType,
    string SourceId,
    CareSetting Setting,
    string? Organisation,
    string? Prescriber,
    MedicationStatementStatus Status,
    DateTimeOffset? Started,
    DateTimeOffset? Ended,
    DateTimeOffset EventTime,
    string? CodeSystem,
    string? Display,
    string? DosageText,
    bool Discharge)
{
    /// <summary>Evidence from a resource the record stores (null when it is not a medicine resource or carries no code).</summary>
    public static MedicationSource? From(Resource resource, string patientId, CareSetting setting, string? organisation, DateTimeOffset eventTime)
    {
        switch (resource)
        {
            case MedicationRequest request when ConceptCoding(request.MedicationCodeableConcept) is { } coding:
                return new MedicationSource(patientId, coding.Code!, "MedicationRequest", request.Id!, setting, organisation, request.Requester?.ReferenceValue,
                    FromRequest(request.Status), Instant(request.AuthoredOn), null, eventTime, coding.System, coding.Display,
                    request.DosageInstruction is { Count: > 0 } dosage ? dosage[0].Text : null, IsDischarge(request.Category));
            case MedicationDispense dispense when ConceptCoding(dispense.MedicationCodeableConcept) is { } coding:
                return new MedicationSource(patientId, coding.Code!, "MedicationDispense", dispense.Id!, setting, organisation, null,
                    dispense.Status is MedicationDispenseStatus.EnteredInError ? MedicationStatementStatus.EnteredInError : MedicationStatementStatus.Active,
                    Instant(dispense.WhenHandedOver), null, eventTime, coding.System, coding.Display,
                    dispense.DosageInstruction is { Count: > 0 } dispenseDosage ? dispenseDosage[0].Text : null, false);
            case MedicationAdministration administration when ConceptCoding(administration.MedicationCodeableConcept) is { } coding:
                return new MedicationSource(patientId, coding.Code!, "MedicationAdministration", administration.Id!, setting, organisation, null,
                    administration.Status is MedicationAdministrationStatus.EnteredInError ? MedicationStatementStatus.EnteredInError : MedicationStatementStatus.Active,
                    Instant(administration.EffectiveDateTime) ?? Instant(administration.EffectivePeriod?.Start), null, eventTime, coding.System, coding.Display, null, false);
            case MedicationStatement statement when ConceptCoding(statement.MedicationCodeableConcept) is { } coding:
                return new MedicationSource(patientId, coding.Code!, "MedicationStatement", statement.Id!, setting, organisation, statement.InformationSource?.ReferenceValue,
                    statement.Status, Instant(statement.EffectivePeriod?.Start) ?? Instant(statement.EffectiveDateTime), Instant(statement.EffectivePeriod?.End),
                    eventTime, coding.System, coding.Display, statement.Dosage is { Count: > 0 } statementDosage ? statementDosage[0].Text : null, false);
            default:
                return null;
        }
    }

    /// <summary>The coding that names the concept: dm+d first, then SNOMED CT, then any coded value.</summary>
    public static Coding? ConceptCoding(CodeableConcept? concept)
    {
        if (concept?.Coding is not { Count: > 0 } codings)
        {
            return null;
        }

        Coding? any = null;
        foreach (var coding in codings)
        {
            if (string.IsNullOrEmpty(coding.Code))
            {
                continue;
            }

            if (coding.System is FhirSystems.Dmd or FhirSystems.SnomedCt)
            {
                return coding;
            }

            any ??= coding;
        }

        return any;
    }

    private static MedicationStatementStatus FromRequest(MedicationRequestStatus status) => status switch
    {
        MedicationRequestStatus.Active => MedicationStatementStatus.Active,
        MedicationRequestStatus.OnHold => MedicationStatementStatus.OnHold,
        MedicationRequestStatus.Cancelled or MedicationRequestStatus.Stopped => MedicationStatementStatus.Stopped,
        MedicationRequestStatus.Completed => MedicationStatementStatus.Completed,
        MedicationRequestStatus.EnteredInError => MedicationStatementStatus.EnteredInError,
        MedicationRequestStatus.Draft => MedicationStatementStatus.Intended,
        _ => MedicationStatementStatus.Unknown,
    };

    private static bool IsDischarge(List<CodeableConcept>? categories)
    {
        foreach (var category in categories ?? [])
        {
            foreach (var coding in category.Coding ?? [])
            {
                if (coding.Code == "discharge")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static DateTimeOffset? Instant(FhirDateTime? value)
        => value is { } v && Indexing.DateRange.TryParse(v.ToString(), out var low, out _) ? low : null;
}
