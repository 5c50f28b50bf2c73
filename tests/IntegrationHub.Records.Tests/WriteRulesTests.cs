using IntegrationHub.Fhir;
using IntegrationHub.Records.Applying;

namespace IntegrationHub.Records.Tests;

/// <summary>The event-time guard without a store: which writes replace, which merge, and which read the stored JSON.</summary>
public sealed class WriteRulesTests
{
    private static readonly DateTimeOffset EventTime = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ReferenceDataIsReplacedWhenNewerAndKeptWhenOlderWithoutReadingTheStoredJson()
    {
        var incoming = new Organization { Id = "practice", Name = "The Surgery (renamed)" };

        Assert.Same(incoming, WriteRules.Merge(isStored: true, storedJson: null, incoming, newer: true, EventTime));
        Assert.Null(WriteRules.Merge(isStored: true, storedJson: null, incoming, newer: false, EventTime));
    }

    [Fact]
    public void APatientIsMergedWithTheStoredOneSoAnOlderMessageStillAddsItsIdentifiers()
    {
        const string stored = """{"resourceType":"Patient","id":"p1","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9434765919"}],"name":[{"family":"NEWER"}]}""";
        var incoming = new Patient
        {
            Id = "p1",
            Identifier = [new Identifier { System = "https://example.org/mrn", Value = "MRN1" }],
            Name = [new HumanName { Family = "OLDER" }],
        };

        var merged = Assert.IsType<Patient>(WriteRules.Merge(isStored: true, stored, incoming, newer: false, EventTime));

        Assert.Equal("NEWER", merged.Name![0].Family);
        Assert.Equal(["9434765919", "MRN1"], merged.Identifier!.Select(i => i.Value).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(ResourceType.Patient, true)]
    [InlineData(ResourceType.Encounter, true)]
    [InlineData(ResourceType.AllergyIntolerance, true)]
    [InlineData(ResourceType.Condition, true)]
    [InlineData(ResourceType.Procedure, true)]
    [InlineData(ResourceType.Organization, false)]
    [InlineData(ResourceType.Practitioner, false)]
    [InlineData(ResourceType.Location, false)]
    [InlineData(ResourceType.Medication, false)]
    public void OnlyMergedTypesNeedTheStoredJson(ResourceType type, bool merged) =>
        Assert.Equal(merged, WriteRules.MergesWithStored(type));

    [Fact]
    public void AMergedTypeWithoutItsStoredJsonIsAStoreDefectNotASilentReplace()
    {
        var incoming = new Encounter { Id = "e1", Status = EncounterStatus.InProgress, Class = new Coding { Code = "IMP" } };

        Assert.Throws<ArgumentNullException>(() => WriteRules.Merge(isStored: true, storedJson: null, incoming, newer: true, EventTime));
    }
}
