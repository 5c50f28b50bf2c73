using IntegrationHub.Fhir;

namespace IntegrationHub.Mapping;

/// <summary>
/// Merges (A34/A35/A40): the surviving Patient (PID) <c>replaces</c> the retired one (MRG), which is
/// made inactive and <c>replaced-by</c> the survivor.
/// </summary>
internal static class MergeRules
{
    public static void Apply(Patient surviving, Patient retired)
    {
        retired.Active = false;
        surviving.Active ??= true;
        (retired.Link ??= []).Add(new PatientLink { Other = Ref(surviving), Type = LinkType.ReplacedBy });
        (surviving.Link ??= []).Add(new PatientLink { Other = Ref(retired), Type = LinkType.Replaces });
    }

    private static Reference Ref(Patient patient) => new() { ReferenceValue = "urn:uuid:" + patient.Id, Type = "Patient" };
}
