using System.Text;
using IntegrationHub.Contracts;
using IntegrationHub.Fhir;

namespace IntegrationHub.Notifications.Events;

/// <summary>
/// What matching and the discharge summary need from one event's message Bundle: the Patient, the registered GP
/// practice (ODS code of the Organization in Patient.generalPractitioner, from PD1-3), the patient's identifiers
/// as <c>system|value</c>, the Encounter in focus and every entry by fullUrl.
/// </summary>
internal sealed class DischargeFacts
{
    private DischargeFacts(PatientEvent source, Bundle bundle, Patient patient, string patientUrl, Encounter? encounter, string? encounterUrl)
    {
        Source = source;
        Bundle = bundle;
        Patient = patient;
        PatientUrl = patientUrl;
        Encounter = encounter;
        EncounterUrl = encounterUrl;
        foreach (var entry in bundle.Entry ?? [])
        {
            if (entry.FullUrl is { } url && entry.Resource is { } resource)
            {
                ByUrl[url] = resource;
            }
        }

        GpPracticeOds = FindPracticeOds();
        foreach (var identifier in patient.Identifier ?? [])
        {
            if (!string.IsNullOrEmpty(identifier.System) && !string.IsNullOrEmpty(identifier.Value))
            {
                Identifiers.Add(identifier.System + "|" + identifier.Value);
                if (identifier.System == FhirSystems.NhsNumber)
                {
                    NhsNumber = identifier.Value;
                }
            }
        }
    }

    public PatientEvent Source { get; }

    public Bundle Bundle { get; }

    public Patient Patient { get; }

    public string PatientUrl { get; }

    public Encounter? Encounter { get; }

    public string? EncounterUrl { get; }

    public string? GpPracticeOds { get; }

    public string? NhsNumber { get; }

    public List<string> Identifiers { get; } = [];

    public Dictionary<string, Resource> ByUrl { get; } = new(StringComparer.Ordinal);

    /// <summary>True for the A13 cancellation of a discharge, false for the A03 discharge.</summary>
    public bool IsCancellation => Source is AdmissionCancelled;

    /// <summary>False when the Bundle cannot be read or has no Patient (nothing can be matched).</summary>
    public static bool TryRead(PatientEvent patientEvent, out DischargeFacts? facts)
    {
        facts = null;
        if (!FhirJson.TryParse<Bundle>(Encoding.UTF8.GetBytes(patientEvent.Bundle), out var bundle, out _))
        {
            return false;
        }

        Patient? patient = null;
        string? patientUrl = null;
        Encounter? encounter = null;
        string? encounterUrl = null;
        string? focus = null;
        foreach (var entry in bundle.Entry ?? [])
        {
            switch (entry.Resource)
            {
                case MessageHeader header:
                    focus = header.Focus?.FirstOrDefault(f => f.Type == "Encounter")?.ReferenceValue;
                    break;
                case Patient p when patient is null:
                    (patient, patientUrl) = (p, entry.FullUrl);
                    break;
                case Encounter e when encounter is null || entry.FullUrl == focus:
                    (encounter, encounterUrl) = (e, entry.FullUrl);
                    break;
            }
        }

        if (patient is null || patientUrl is null)
        {
            return false;
        }

        facts = new DischargeFacts(patientEvent, bundle, patient, patientUrl, encounter, encounterUrl);
        return true;
    }

    private string? FindPracticeOds()
    {
        foreach (var reference in Patient.GeneralPractitioner ?? [])
        {
            if (reference.Identifier is { System: FhirSystems.OdsOrganizationCode, Value: { Length: > 0 } direct })
            {
                return direct.ToUpperInvariant();
            }

            if (reference.ReferenceValue is { } url && ByUrl.TryGetValue(url, out var resource) && resource is Organization organisation)
            {
                foreach (var identifier in organisation.Identifier ?? [])
                {
                    if (identifier.System == FhirSystems.OdsOrganizationCode && !string.IsNullOrEmpty(identifier.Value))
                    {
                        return identifier.Value.ToUpperInvariant();
                    }
                }
            }
        }

        return null;
    }
}
