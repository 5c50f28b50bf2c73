using IntegrationHub.Fhir;

namespace IntegrationHub.Mapping.Tests;

/// <summary>A sender profile layers local code tables and Z-segment maps over the defaults.</summary>
public sealed class ProfileTests
{
    [Fact]
    public void TheSendingFacilitySelectsItsProfile()
    {
        var result = Inputs.MapSample("UK-ADT-A01");
        var patient = result.Bundle!.One<Patient>();

        Assert.Equal("rxx-pas", result.Profile);
        Assert.Equal("https://fhir.rxx.nhs.uk/Id/mrn", patient.Identifier![1].System);
        var language = Assert.Single(patient.Communication!).Language.Coding![0];
        Assert.Equal(("urn:ietf:bcp:47", "ur"), (language.System, language.Code));
    }

    [Fact]
    public void TheDefaultsIgnoreTheZSegmentAndUseTheTemplateSystem()
    {
        var result = Inputs.MapSample("UK-ADT-A01", MappingEngine.DefaultProfile);
        var patient = result.Bundle!.One<Patient>();

        Assert.Equal("default", result.Profile);
        Assert.Equal("https://fhir.rxx.nhs.uk/Id/local-identifier", patient.Identifier![1].System);
        Assert.Null(patient.Communication);
    }

    [Fact]
    public void AProfileKeepsTheDefaultVocabularyRowsItDoesNotOverride()
    {
        var patient = Inputs.MapSample("UK-ADT-A01").Bundle!.One<Patient>();

        Assert.Equal(FhirSystems.NhsNumber, patient.Identifier![0].System);
    }

    [Fact]
    public void AnUnknownProfileNameIsAnIssue()
    {
        var result = Inputs.MapSample("UK-ADT-A01", "no-such-profile");

        Assert.False(result.Succeeded);
        Assert.Contains("no-such-profile", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }
}
