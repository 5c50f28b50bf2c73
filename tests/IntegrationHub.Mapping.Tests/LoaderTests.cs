namespace IntegrationHub.Mapping.Tests;

/// <summary>A wrong mapping file stops start-up with a message naming the file and the line.</summary>
public sealed class LoaderTests : IDisposable
{
    private readonly MappingsCopy _mappings = new();

    public void Dispose() => _mappings.Dispose();

    [Fact]
    public void TheRepositoryMappingsLoadAndCoverTheListedMessages()
    {
        var engine = MappingEngine.Load(_mappings.Root);

        string[] expected =
        [
            "ADT^A01", "ADT^A02", "ADT^A03", "ADT^A04", "ADT^A05", "ADT^A06", "ADT^A07", "ADT^A08", "ADT^A09", "ADT^A10",
            "ADT^A11", "ADT^A12", "ADT^A13", "ADT^A14", "ADT^A15", "ADT^A16", "ADT^A21", "ADT^A22", "ADT^A25", "ADT^A26",
            "ADT^A27", "ADT^A28", "ADT^A31", "ADT^A34", "ADT^A35", "ADT^A40", "ADT^A60",
            "OMP^O09", "ORU^R01", "RAS^O17", "RDE^O11", "RDS^O13",
        ];
        Assert.Equal(expected, engine.SupportedEvents);
        Assert.Equal(["rxx-pas"], engine.ProfileNames);
    }

    [Fact]
    public void AnUnknownFhirElementNamesFileAndLine()
    {
        var line = _mappings.Replace("segments/PID[Patient].csv", "Patient.birthDate", "Patient.dateOfBirth");

        var error = _mappings.LoadFails();

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith($"mappings/segments/PID[Patient].csv:{line}: ", problem, StringComparison.Ordinal);
        Assert.Contains("unknown FHIR element 'Patient.dateOfBirth'", problem, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownFhirElementInADatatypeMapNamesFileAndLine()
    {
        var line = _mappings.Replace("datatypes/XPN[HumanName].csv", "HumanName.family", "HumanName.surname");

        var problem = Assert.Single(_mappings.LoadFails().Problems);

        Assert.StartsWith($"mappings/datatypes/XPN[HumanName].csv:{line}: unknown FHIR element 'HumanName.surname'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownV2FieldNamesFileAndLine()
    {
        var line = _mappings.Replace("segments/PV1[Encounter].csv", "PV1-44,", "PV1-99,");

        var problem = Assert.Single(_mappings.LoadFails().Problems);

        Assert.StartsWith($"mappings/segments/PV1[Encounter].csv:{line}: unknown v2 field 'PV1-99'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownV2ComponentNamesFileAndLine()
    {
        var line = _mappings.Replace("datatypes/CX[Identifier].csv", "CX.5,", "CX.15,");

        var problem = Assert.Single(_mappings.LoadFails().Problems);

        Assert.StartsWith($"mappings/datatypes/CX[Identifier].csv:{line}: unknown v2 component 'CX.15'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownVocabularyNamesFileAndLine()
    {
        var line = _mappings.Replace("segments/PID[Patient].csv", "v2-0001[AdministrativeGender]", "v2-9999[Gender]");

        var problem = Assert.Single(_mappings.LoadFails().Problems);

        Assert.StartsWith($"mappings/segments/PID[Patient].csv:{line}: unknown vocabulary 'v2-9999[Gender]'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AVocabularyCodeThatIsNotAFhirCodeNamesTheVocabularyLine()
    {
        var line = _mappings.Replace("vocabulary/v2-0001[AdministrativeGender].csv", "F,female", "F,woman");

        var problem = Assert.Single(_mappings.LoadFails().Problems);

        Assert.StartsWith($"mappings/vocabulary/v2-0001[AdministrativeGender].csv:{line}: unknown vocabulary code 'woman'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemIsReportedNotJustTheFirst()
    {
        _mappings.Replace("segments/PID[Patient].csv", "Patient.birthDate", "Patient.dateOfBirth");
        _mappings.Replace("segments/PV1[Encounter].csv", "PV1-44,", "PV1-99,");
        _mappings.Replace("messages/ADT_A01.csv", "PD1[Patient]", "PD1[Nothing]");

        var error = _mappings.LoadFails();

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("messages/ADT_A01.csv", StringComparison.Ordinal) && p.Contains("PD1[Nothing]", StringComparison.Ordinal));
    }

    [Fact]
    public void AProfileThatNamesAnUnknownElementFailsWithItsOwnFile()
    {
        var line = _mappings.Replace("profiles/rxx-pas/segments/ZPD[Patient].csv", "Patient.communication[+].language", "Patient.communication[+].tongue");

        var problem = Assert.Single(_mappings.LoadFails().Problems);

        Assert.StartsWith($"mappings/profiles/rxx-pas/segments/ZPD[Patient].csv:{line}: unknown FHIR element", problem, StringComparison.Ordinal);
    }
}
