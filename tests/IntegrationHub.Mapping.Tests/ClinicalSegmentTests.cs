using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping.Tests;

/// <summary>AL1, DG1, PR1, OBX and IN1 in ADT messages, after the v2-to-FHIR IG segment maps.</summary>
public sealed class ClinicalSegmentTests
{
    private static readonly MappingResult Clinical = Inputs.MapSample("UK-ADT-A01-clinical");

    private static Bundle Bundle => Clinical.Bundle!;

    [Fact]
    public void EachAllergyBecomesAnActiveAllergyIntoleranceOfThePatient()
    {
        var allergies = Bundle.All<AllergyIntolerance>();

        Assert.Equal(2, allergies.Count);
        var penicillin = allergies[0];
        Assert.Same(Bundle.One<Patient>(), Bundle.Resolve<Patient>(penicillin.Patient));
        Assert.Equal([AllergyIntoleranceCategory.Medication], penicillin.Category!);
        Assert.Equal(AllergyIntoleranceCriticality.High, penicillin.Criticality);
        Assert.Equal(("http://snomed.info/sct", "91936005"), (penicillin.Code!.Coding![0].System, penicillin.Code.Coding[0].Code));
        Assert.Equal("active", penicillin.ClinicalStatus!.Coding![0].Code);
        Assert.Equal("2010-03-01", penicillin.OnsetDateTime.ToString());
        Assert.Equal(["Anaphylaxis", "Urticaria"], penicillin.Reaction!.SelectMany(r => r.Manifestation).Select(m => m.Text));
        Assert.Equal([AllergyIntoleranceCategory.Food], allergies[1].Category!);
        Assert.Equal(AllergyIntoleranceCriticality.Low, allergies[1].Criticality);
    }

    [Fact]
    public void ADiagnosisBecomesAnEncounterDiagnosisOfThePatientAndVisit()
    {
        var condition = Bundle.One<Condition>();

        Assert.Equal("encounter-diagnosis", condition.Category![0].Coding![0].Code);
        Assert.Equal(("http://hl7.org/fhir/sid/icd-10", "I21.9"), (condition.Code!.Coding![0].System, condition.Code.Coding[0].Code));
        Assert.Same(Bundle.One<Patient>(), Bundle.Resolve<Patient>(condition.Subject));
        Assert.Same(Bundle.One<Encounter>(), Bundle.Resolve<Encounter>(condition.Encounter!));
        Assert.Equal("2345678", Bundle.Resolve<Practitioner>(condition.Asserter!).Identifier![0].Value);
        Assert.Equal("2024-03-14T10:35:00Z", condition.RecordedDate.ToString());
        Assert.Equal("DG000123", condition.Identifier![0].Value);
    }

    [Fact]
    public void AProcedureBecomesACompletedProcedureWithItsPractitioner()
    {
        var procedure = Bundle.One<Procedure>();

        Assert.Equal(EventStatus.Completed, procedure.Status);
        Assert.Equal("K40.1", procedure.Code!.Coding![0].Code);
        Assert.Equal("2024-03-14T10:00:00Z", procedure.PerformedDateTime.ToString());
        Assert.Equal("P", procedure.Category!.Coding![0].Code);
        Assert.Equal("2345678", Bundle.Resolve<Practitioner>(Assert.Single(procedure.Performer!).Actor).Identifier![0].Value);
        Assert.Same(Bundle.One<Encounter>(), Bundle.Resolve<Encounter>(procedure.Encounter!));
    }

    [Fact]
    public void TheObservationValueTypeFollowsObx2()
    {
        var observations = Bundle.All<Observation>();

        Assert.Equal(3, observations.Count);
        var weight = observations[0].ValueQuantity!;
        Assert.Equal(("82.5", "kilogram", "http://unitsofmeasure.org", "kg"), (weight.Value.ToString(), weight.Unit, weight.System, weight.Code));
        Assert.Equal("8517006", observations[1].ValueCodeableConcept!.Coding![0].Code);
        Assert.Equal("about 180 cm", observations[2].ValueString);
        Assert.Equal([ObservationStatus.Final, ObservationStatus.Final, ObservationStatus.Preliminary], observations.Select(o => o.Status));
        Assert.All(observations, o => Assert.Same(Bundle.One<Patient>(), Bundle.Resolve<Patient>(o.Subject!)));
    }

    [Fact]
    public void AnObxWithoutAnIdentifierIsLeftOutWithAWarning()
    {
        var issue = Assert.Single(Clinical.Issues, i => i.Location.Segment == "OBX");

        Assert.Equal((Hl7Severity.Warning, 4, 3), (issue.Severity, issue.Location.SegmentSequence, issue.Location.Field));
    }

    [Fact]
    public void AResultWithoutAStatusIsUnknownNotTheFirstStatusOfTheModel()
    {
        var message = Bundles.Message("""
            MSH|^~\&|PAS|RXX|HUB|RXX|20240314110000||ADT^A08|RXX000301|P|2.4
            PID|1||RXX1234567^^^RXX^MR||SMITH^JOHN
            PV1|1|I
            OBX|1|NM|29463-7^Body weight^LN||82.5|kg^^UCUM
            """);

        var observation = Engine.Default.Map(message).Bundle!.One<Observation>();

        Assert.Equal(ObservationStatus.Unknown, observation.Status);
        Assert.Equal("kg", observation.ValueQuantity!.Unit);
    }

    [Fact]
    public void InsuranceBecomesACoverageWhoseInsurerIsThePayor()
    {
        var coverage = Bundle.One<Coverage>();

        Assert.Equal(FinancialResourceStatus.Active, coverage.Status);
        Assert.Equal("BUPA INSURANCE LTD", Bundle.Resolve<Organization>(Assert.Single(coverage.Payor)).Name);
        Assert.Same(Bundle.One<Patient>(), Bundle.Resolve<Patient>(coverage.Beneficiary));
        Assert.Equal("self", coverage.Relationship!.Coding![0].Code);
        Assert.Equal(("2024-01-01", "2024-12-31"), (coverage.Period!.Start.ToString(), coverage.Period.End.ToString()));
        Assert.Equal("POL987654", coverage.Identifier![0].Value);
        Assert.Contains(Clinical.Issues, i => i.Location.Segment == "IN1" && i.Location.SegmentSequence == 2 && i.Severity == Hl7Severity.Warning);
    }
}
