using System.Collections.Frozen;
using IntegrationHub.Fhir;

namespace IntegrationHub.Records;

/// <summary>One supported search parameter: how it is looked up, its FHIR type and, for references, the target types.</summary>
internal sealed record SearchParameterDefinition(string Name, SearchParamKind Kind, SearchParamType Type, string Definition, string[] Targets);

/// <summary>
/// The search parameters the API supports, per resource type: the single source of truth for the query parser,
/// the indexer's parameter names and the CapabilityStatement, so what is advertised is exactly what works.
/// </summary>
internal static class SearchParameters
{
    private const string Base = "http://hl7.org/fhir/SearchParameter/";

    public static FrozenDictionary<string, FrozenDictionary<string, SearchParameterDefinition>> ByType { get; } = Build();

    /// <summary>Types that can be read by id (also those only reachable by reference).</summary>
    public static FrozenSet<string> ReadableTypes { get; } = new[]
    {
        "Patient", "Encounter", "AllergyIntolerance", "Condition", "Procedure", "MedicationRequest", "MedicationStatement",
        "MedicationDispense", "MedicationAdministration", "List", "Organization", "Practitioner", "Location", "Provenance", "RelatedPerson",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Resources that are shared, not about one patient: any authenticated caller may read them.</summary>
    public static FrozenSet<string> SharedTypes { get; } = new[] { "Organization", "Practitioner", "Location" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The _include values supported, per searched type.</summary>
    public static FrozenDictionary<string, string[]> Includes { get; } = new Dictionary<string, string[]>
    {
        ["Patient"] = ["Patient:general-practitioner"],
        ["Encounter"] = ["Encounter:patient", "Encounter:subject", "Encounter:service-provider"],
        ["AllergyIntolerance"] = ["AllergyIntolerance:patient"],
        ["Condition"] = ["Condition:patient", "Condition:subject"],
        ["Procedure"] = ["Procedure:patient", "Procedure:subject"],
        ["MedicationRequest"] = ["MedicationRequest:patient", "MedicationRequest:subject"],
        ["MedicationStatement"] = ["MedicationStatement:patient", "MedicationStatement:subject"],
        ["MedicationDispense"] = ["MedicationDispense:patient", "MedicationDispense:subject"],
        ["List"] = ["List:patient", "List:subject"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The _revinclude values supported, per searched type.</summary>
    public static FrozenDictionary<string, string[]> RevIncludes { get; } = new Dictionary<string, string[]>
    {
        ["Patient"] =
        [
            "Encounter:patient", "AllergyIntolerance:patient", "Condition:patient", "Procedure:patient", "MedicationRequest:patient",
            "MedicationStatement:patient", "MedicationDispense:patient", "List:patient", "Provenance:target",
        ],
        ["Encounter"] = ["Provenance:target"],
        ["AllergyIntolerance"] = ["Provenance:target"],
        ["Condition"] = ["Provenance:target"],
        ["Procedure"] = ["Provenance:target"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenDictionary<string, FrozenDictionary<string, SearchParameterDefinition>> Build()
    {
        var patient = Reference("patient", "clinical-patient", "Patient");
        var result = new Dictionary<string, FrozenDictionary<string, SearchParameterDefinition>>(StringComparer.Ordinal)
        {
            ["Patient"] = Table(
                Id(),
                new("identifier", SearchParamKind.Token, SearchParamType.Token, Base + "Patient-identifier", []),
                new("family", SearchParamKind.String, SearchParamType.String, Base + "individual-family", []),
                new("given", SearchParamKind.String, SearchParamType.String, Base + "individual-given", []),
                new("birthdate", SearchParamKind.Date, SearchParamType.Date, Base + "individual-birthdate", []),
                Reference("general-practitioner", "Patient-general-practitioner", "Organization", "Practitioner", "PractitionerRole")),
            ["Encounter"] = Table(
                Id(),
                patient with { Definition = Base + "clinical-patient" },
                new("subject", SearchParamKind.Patient, SearchParamType.Reference, Base + "Encounter-subject", ["Patient"]),
                new("identifier", SearchParamKind.Token, SearchParamType.Token, Base + "clinical-identifier", []),
                new("status", SearchParamKind.Token, SearchParamType.Token, Base + "Encounter-status", []),
                new("date", SearchParamKind.Date, SearchParamType.Date, Base + "clinical-date", []),
                Reference("service-provider", "Encounter-service-provider", "Organization")),
            ["AllergyIntolerance"] = Table(
                Id(), patient,
                new("clinical-status", SearchParamKind.Token, SearchParamType.Token, Base + "AllergyIntolerance-clinical-status", []),
                new("code", SearchParamKind.Token, SearchParamType.Token, Base + "clinical-code", [])),
            ["Condition"] = Table(
                Id(), patient, Subject("Condition"),
                new("clinical-status", SearchParamKind.Token, SearchParamType.Token, Base + "Condition-clinical-status", []),
                new("code", SearchParamKind.Token, SearchParamType.Token, Base + "clinical-code", [])),
            ["Procedure"] = Table(
                Id(), patient, Subject("Procedure"),
                new("status", SearchParamKind.Token, SearchParamType.Token, Base + "Procedure-status", []),
                new("code", SearchParamKind.Token, SearchParamType.Token, Base + "clinical-code", [])),
            ["MedicationRequest"] = Table(
                Id(), patient, Subject("MedicationRequest"),
                new("status", SearchParamKind.Token, SearchParamType.Token, Base + "medications-status", []),
                new("code", SearchParamKind.Token, SearchParamType.Token, Base + "clinical-code", []),
                new("identifier", SearchParamKind.Token, SearchParamType.Token, Base + "clinical-identifier", [])),
            ["MedicationStatement"] = Table(
                Id(), patient, Subject("MedicationStatement"),
                new("status", SearchParamKind.Token, SearchParamType.Token, Base + "medications-status", []),
                new("code", SearchParamKind.Token, SearchParamType.Token, Base + "clinical-code", []),
                new("identifier", SearchParamKind.Token, SearchParamType.Token, Base + "clinical-identifier", [])),
            ["MedicationDispense"] = Table(
                Id(), patient, Subject("MedicationDispense"),
                new("status", SearchParamKind.Token, SearchParamType.Token, Base + "medications-status", []),
                new("code", SearchParamKind.Token, SearchParamType.Token, Base + "clinical-code", []),
                new("identifier", SearchParamKind.Token, SearchParamType.Token, Base + "clinical-identifier", [])),
            ["List"] = Table(Id(), patient, Subject("List")),
        };
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static SearchParameterDefinition Id() => new("_id", SearchParamKind.Id, SearchParamType.Token, Base + "Resource-id", []);

    private static SearchParameterDefinition Subject(string type) => new("subject", SearchParamKind.Patient, SearchParamType.Reference, Base + type + "-subject", ["Patient"]);

    private static SearchParameterDefinition Reference(string name, string definition, params string[] targets)
        => new(name, name == "patient" ? SearchParamKind.Patient : SearchParamKind.Reference, SearchParamType.Reference, Base + definition, targets);

    private static FrozenDictionary<string, SearchParameterDefinition> Table(params SearchParameterDefinition[] definitions)
    {
        var table = new Dictionary<string, SearchParameterDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            table[definition.Name] = definition;
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
