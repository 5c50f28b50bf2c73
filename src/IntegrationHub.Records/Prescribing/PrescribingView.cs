using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Prescribing;

/// <summary>
/// Builds the integrated prescribing view from its evidence: one MedicationStatement per medicine concept per
/// patient (whatever mix of hospital and GP sources), and one List per patient that orders those lines. Every line
/// says, per source, who prescribed it, where (ODS code, care setting), its status and dates (an extension each),
/// and links the stored orders, dispenses and administrations it was derived from.
/// </summary>
internal static class PrescribingView
{
    public const string LineSystem = "https://fhir.integration-hub.nhs.uk/Id/prescribing-line";
    public const string ListSystem = "https://fhir.integration-hub.nhs.uk/Id/prescribing-list";
    public const string SourceExtension = "https://fhir.integration-hub.nhs.uk/StructureDefinition/prescribing-source";
    private const string CategorySystem = "http://terminology.hl7.org/CodeSystem/medication-statement-category";

    public static string LineId(string patientId, string concept) => FhirId.FromKey(LineSystem, patientId + "|" + concept);

    public static string ListId(string patientId) => FhirId.FromKey(ListSystem, patientId);

    /// <summary>The line for one concept, or null when no source counts (all entered in error): the line is then withdrawn.</summary>
    /// <param name="patientId">The patient's record id.</param>
    /// <param name="concept">The medicine's dm+d (or SNOMED CT) code.</param>
    /// <param name="sources">The concept's evidence, oldest event first.</param>
    public static MedicationStatement? BuildLine(string patientId, string concept, IReadOnlyList<MedicationSource> sources)
    {
        var counted = new List<MedicationSource>(sources.Count);
        foreach (var source in sources)
        {
            if (source.Status != MedicationStatementStatus.EnteredInError)
            {
                counted.Add(source);
            }
        }

        if (counted.Count == 0)
        {
            return null;
        }

        // Orders and statements decide the status; dispenses and administrations only show it is being taken when
        // nothing else says otherwise.
        MedicationSource? deciding = null;
        var active = false;
        foreach (var source in counted)
        {
            if (source.SourceType is "MedicationRequest" or "MedicationStatement")
            {
                deciding = source;
                active |= source.Status is MedicationStatementStatus.Active or MedicationStatementStatus.OnHold;
            }
        }

        var latest = counted[^1];
        MedicationStatementStatus status;
        if (deciding is null)
        {
            status = MedicationStatementStatus.Active;
        }
        else if (active && deciding.Status is not (MedicationStatementStatus.Stopped or MedicationStatementStatus.Completed))
        {
            status = deciding.Status == MedicationStatementStatus.OnHold ? MedicationStatementStatus.OnHold : MedicationStatementStatus.Active;
        }
        else
        {
            status = deciding.Status;
        }

        DateTimeOffset? started = null;
        foreach (var source in counted)
        {
            if (source.Started is { } s && (started is null || s < started))
            {
                started = s;
            }
        }

        var named = Named(counted);
        var line = new MedicationStatement
        {
            Id = LineId(patientId, concept),
            Identifier = [new Identifier { System = LineSystem, Value = patientId + "|" + concept }],
            Status = status,
            Category = Category(deciding ?? latest),
            MedicationCodeableConcept = new CodeableConcept
            {
                Coding = [new Coding { System = named.CodeSystem, Code = concept, Display = named.Display }],
                Text = named.Display,
            },
            Subject = new Reference { ReferenceValue = "Patient/" + patientId, Type = "Patient" },
            DateAsserted = new FhirDateTime(latest.EventTime),
            InformationSource = Prescriber(counted),
            Extension = [],
        };

        if (started is not null || status is MedicationStatementStatus.Stopped or MedicationStatementStatus.Completed)
        {
            line.EffectivePeriod = new Period
            {
                Start = started is { } start ? new FhirDateTime(start) : null,
                End = status is MedicationStatementStatus.Stopped or MedicationStatementStatus.Completed ? new FhirDateTime(deciding?.Ended ?? deciding?.EventTime ?? latest.EventTime) : null,
            };
        }

        if (status == MedicationStatementStatus.Stopped && deciding is not null && counted[0].Setting != deciding.Setting)
        {
            // The split the view exists to close: one care setting started it, the other stopped it.
            line.StatusReason = [new CodeableConcept { Text = deciding.Setting == CareSetting.Hospital ? "Stopped in hospital" : "Stopped by the GP practice" }];
        }

        var derived = new List<Reference>();
        foreach (var source in counted)
        {
            line.Extension.Add(SourceDetail(source));
            if (source.SourceType != "MedicationStatement")
            {
                derived.Add(new Reference { ReferenceValue = source.SourceType + "/" + source.SourceId, Type = source.SourceType });
            }
        }

        line.DerivedFrom = derived.Count > 0 ? derived : null;
        if (named.DosageText is { Length: > 0 } dosage)
        {
            line.Dosage = [new Dosage { Text = dosage }];
        }

        return line;
    }

    /// <summary>The patient's medication list: every current line, ordered by medicine name.</summary>
    public static List BuildList(string patientId, IReadOnlyList<(string LineId, string Display)> lines, DateTimeOffset asOf)
    {
        var list = new List
        {
            Id = ListId(patientId),
            Identifier = [new Identifier { System = ListSystem, Value = patientId }],
            Status = ListStatus.Current,
            Mode = ListMode.Working,
            Title = "Integrated medication list (hospital and GP)",
            Code = new CodeableConcept { Coding = [new Coding { System = "http://loinc.org", Code = "10160-0", Display = "History of Medication use Narrative" }] },
            Subject = new Reference { ReferenceValue = "Patient/" + patientId, Type = "Patient" },
            Date = new FhirDateTime(asOf),
        };
        if (lines.Count == 0)
        {
            list.EmptyReason = new CodeableConcept { Coding = [new Coding { System = "http://terminology.hl7.org/CodeSystem/list-empty-reason", Code = "nilknown", Display = "Nil Known" }] };
            return list;
        }

        list.Entry = new List<ListEntry>(lines.Count);
        foreach (var (lineId, display) in lines)
        {
            list.Entry.Add(new ListEntry { Item = new Reference { ReferenceValue = "MedicationStatement/" + lineId, Type = "MedicationStatement", Display = display } });
        }

        return list;
    }

    private static MedicationSource Named(List<MedicationSource> sources)
    {
        // The dm+d name when any source gives one, else the latest name.
        for (var i = sources.Count - 1; i >= 0; i--)
        {
            if (sources[i].CodeSystem == FhirSystems.Dmd && sources[i].Display is not null)
            {
                return sources[i];
            }
        }

        return sources[^1];
    }

    private static Reference? Prescriber(List<MedicationSource> sources)
    {
        for (var i = sources.Count - 1; i >= 0; i--)
        {
            if (sources[i].Prescriber is { } prescriber && prescriber.Contains('/', StringComparison.Ordinal))
            {
                return new Reference { ReferenceValue = prescriber, Type = prescriber[..prescriber.IndexOf('/', StringComparison.Ordinal)] };
            }
        }

        return null;
    }

    private static CodeableConcept Category(MedicationSource source) => new()
    {
        Coding =
        [
            source.Setting == CareSetting.Hospital
                ? new Coding { System = CategorySystem, Code = "inpatient", Display = "Inpatient" }
                : new Coding { System = CategorySystem, Code = "community", Display = "Community" },
        ],
    };

    private static Extension SourceDetail(MedicationSource source)
    {
        var parts = new List<Extension>
        {
            new() { Url = "setting", ValueCode = source.Setting == CareSetting.Hospital ? "hospital" : "gp" },
            new() { Url = "status", ValueCode = FhirCode.ToCode(source.Status) },
            new() { Url = "recorded", ValueDateTime = new FhirDateTime(source.EventTime) },
        };
        if (source.Organisation is { Length: > 0 } ods)
        {
            parts.Add(new Extension { Url = "organisation", ValueIdentifier = new Identifier { System = FhirSystems.OdsOrganizationCode, Value = ods } });
        }

        if (source.Prescriber is { } prescriber && prescriber.Contains('/', StringComparison.Ordinal))
        {
            parts.Add(new Extension { Url = "prescriber", ValueReference = new Reference { ReferenceValue = prescriber } });
        }

        if (source.Started is { } started)
        {
            parts.Add(new Extension { Url = "started", ValueDateTime = new FhirDateTime(started) });
        }

        if (source.Ended is { } ended)
        {
            parts.Add(new Extension { Url = "ended", ValueDateTime = new FhirDateTime(ended) });
        }

        if (source.Discharge)
        {
            parts.Add(new Extension { Url = "discharge", ValueBoolean = true });
        }

        parts.Add(source.SourceType == "MedicationStatement"
            ? new Extension { Url = "source", ValueString = "GP record " + source.SourceId }
            : new Extension { Url = "source", ValueReference = new Reference { ReferenceValue = source.SourceType + "/" + source.SourceId, Type = source.SourceType } });
        return new Extension { Url = SourceExtension, Extension = parts };
    }
}
