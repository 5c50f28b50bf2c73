using IntegrationHub.Fhir;
using IntegrationHub.Records.Prescribing;
using IntegrationHub.Records.Semantics;

namespace IntegrationHub.Records.Applying;

/// <summary>What the prescribing view takes from an event, and how its evidence rows are named, in every store.</summary>
internal static class PrescribingEvidence
{
    /// <summary>Evidence from a medicine resource the event wrote (or a GP statement); null for anything else.</summary>
    public static MedicationSource? From(Resource resource, ApplyContext context)
    {
        if (resource is not (MedicationRequest or MedicationDispense or MedicationAdministration or MedicationStatement)
            || ResourceFacts.CompartmentOf(resource) is not { } patientId)
        {
            return null;
        }

        return MedicationSource.From(resource, patientId, context.Setting, context.Organisation, context.EventTime);
    }

    public static string SettingCode(CareSetting setting) => setting == CareSetting.Hospital ? "hospital" : "gp";

    public static CareSetting ParseSetting(string code) => code == "gp" ? CareSetting.Gp : CareSetting.Hospital;

    /// <summary>
    /// Whether a MedicationStatement in the patient's compartment (by its first identifier's value) is the patient's
    /// own line; lines of a merged-away record were moved here by the merge under their old ids and are withdrawn.
    /// </summary>
    public static bool IsOwnLine(string patientId, string? lineKey) => lineKey is not null && lineKey.StartsWith(patientId + "|", StringComparison.Ordinal);
}
