using IntegrationHub.Fhir;

namespace IntegrationHub.Mapping.Tests;

/// <summary>Encounter status, period and locations follow the trigger event.</summary>
public sealed class EncounterTests
{
    [Theory]
    [InlineData("UK-ADT-A01", EncounterStatus.InProgress)]
    [InlineData("UK-ADT-A02", EncounterStatus.InProgress)]
    [InlineData("UK-ADT-A03", EncounterStatus.Finished)]
    [InlineData("UK-ADT-A05", EncounterStatus.Planned)]
    [InlineData("UK-ADT-A08", EncounterStatus.InProgress)]
    [InlineData("UK-ADT-A11", EncounterStatus.Cancelled)]
    [InlineData("UK-ADT-A13", EncounterStatus.InProgress)]
    [InlineData("UK-ADT-A21", EncounterStatus.Onleave)]
    public void TheTriggerEventSetsTheEncounterStatus(string sample, EncounterStatus expected)
    {
        var encounter = Inputs.MapSample(sample).Bundle!.One<Encounter>();

        Assert.Equal(expected, encounter.Status);
    }

    [Theory]
    [InlineData("A14", EncounterStatus.Planned)]
    [InlineData("A15", EncounterStatus.InProgress)]
    [InlineData("A16", EncounterStatus.InProgress)]
    [InlineData("A25", EncounterStatus.InProgress)]
    [InlineData("A26", EncounterStatus.InProgress)]
    [InlineData("A27", EncounterStatus.Cancelled)]
    public void PendingEventsAndTheirCancellationsSetTheEncounterStatus(string trigger, EncounterStatus expected)
    {
        var text = File.ReadAllText(Path.Combine(Paths.Samples, "UK-ADT-A01.hl7"))
            .Replace("ADT^A01", "ADT^" + trigger, StringComparison.Ordinal)
            .Replace("EVN|A01", "EVN|" + trigger, StringComparison.Ordinal);

        var result = Engine.Default.Map(Bundles.Message(text));

        Assert.Equal("ADT^" + trigger, result.EventCode);
        Assert.Equal(expected, result.Bundle!.One<Encounter>().Status);
    }

    [Fact]
    public void ADischargeEndsThePeriodWithTheDischargeTimeAndDisposition()
    {
        var encounter = Inputs.MapSample("UK-ADT-A03").Bundle!.One<Encounter>();

        Assert.Equal("2024-03-12T10:00:00Z", encounter.Period!.Start.ToString());
        Assert.Equal("2024-03-15T15:30:00Z", encounter.Period.End.ToString());
        Assert.Equal("01", encounter.Hospitalization!.DischargeDisposition!.Coding![0].Code);
        Assert.All(encounter.Location!, l => Assert.Equal(EncounterLocationStatus.Completed, l.Status));
    }

    [Fact]
    public void ADischargeWithoutPv145EndsAtTheEventTime()
    {
        var text = File.ReadAllText(Path.Combine(Paths.Samples, "UK-ADT-A03.hl7")).Replace("|20240315153000", "|", StringComparison.Ordinal);

        var encounter = Engine.Default.Map(Bundles.Message(text)).Bundle!.One<Encounter>();

        Assert.Equal("2024-03-15T16:00:00Z", encounter.Period!.End.ToString());
    }

    [Fact]
    public void ACancelledDischargeHasNoEnd()
    {
        var encounter = Inputs.MapSample("UK-ADT-A13").Bundle!.One<Encounter>();

        Assert.NotNull(encounter.Period!.Start);
        Assert.Null(encounter.Period.End);
        Assert.Null(encounter.Hospitalization?.DischargeDisposition);
    }

    [Fact]
    public void ATransferKeepsThePriorLocationAsCompletedAndTheNewOneActive()
    {
        var bundle = Inputs.MapSample("UK-ADT-A02").Bundle!;
        var locations = bundle.One<Encounter>().Location!;

        Assert.Equal(2, locations.Count);
        Assert.Equal(EncounterLocationStatus.Active, locations[0].Status);
        Assert.Equal("WARD 7", bundle.Resolve<Location>(locations[0].Location).Name);
        Assert.Equal(EncounterLocationStatus.Completed, locations[1].Status);
        Assert.Equal("WARD 5", bundle.Resolve<Location>(locations[1].Location).Name);
    }

    [Fact]
    public void ACancelledTransferPutsThePatientBackInThePriorLocationAndDropsTheCancelledOne()
    {
        var bundle = Inputs.MapSample("UK-ADT-A12").Bundle!;
        var encounter = bundle.One<Encounter>();

        Assert.Equal(EncounterStatus.InProgress, encounter.Status);
        var location = Assert.Single(encounter.Location!);
        Assert.Equal(EncounterLocationStatus.Active, location.Status);
        Assert.Equal("WARD 5", bundle.Resolve<Location>(location.Location).Name);
    }

    [Fact]
    public void APreAdmissionIsPlannedWithThePreAdmitClass()
    {
        var encounter = Inputs.MapSample("UK-ADT-A05").Bundle!.One<Encounter>();

        Assert.Equal("PRENC", encounter.Class.Code);
        Assert.Equal(EncounterLocationStatus.Planned, Assert.Single(encounter.Location!).Status);
    }

    [Fact]
    public void TheEncounterReferencesThePatientAndIsTheMessageFocus()
    {
        var bundle = Inputs.MapSample("UK-ADT-A01").Bundle!;
        var encounter = bundle.One<Encounter>();

        Assert.Same(bundle.One<Patient>(), bundle.Resolve<Patient>(encounter.Subject!));
        var header = Assert.IsType<MessageHeader>(bundle.Entry![0].Resource);
        Assert.Same(encounter, bundle.Resolve<Encounter>(Assert.Single(header.Focus!)));
    }

    [Fact]
    public void TheVisitNumberIsTheEncounterIdentifierInAVisitSystem()
    {
        var encounter = Inputs.MapSample("UK-ADT-A01", MappingEngine.DefaultProfile).Bundle!.One<Encounter>();

        var identifier = Assert.Single(encounter.Identifier!);
        Assert.Equal("V123456", identifier.Value);
        Assert.Equal("https://fhir.rxx.nhs.uk/Id/visit-number", identifier.System);
    }
}
