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

    [Fact]
    public void AResultMessageMakesOneObservationPerObxForThePatientAndVisitAsTheFocus()
    {
        var result = Inputs.MapSample("UK-ORU-R01");
        var bundle = result.Bundle!;
        var observations = bundle.All<Observation>();

        Assert.Equal(3, observations.Count);
        Assert.Equal(("135", "g/L", "http://unitsofmeasure.org"), (observations[0].ValueQuantity!.Value.ToString(), observations[0].ValueQuantity!.Code, observations[0].ValueQuantity!.System));
        Assert.Equal("H", observations[1].Interpretation![0].Coding![0].Code);
        Assert.Equal("No abnormal cells seen.\nFilm reviewed.", observations[2].ValueString);
        Assert.All(observations, o => Assert.Same(bundle.One<Encounter>(), bundle.Resolve<Encounter>(o.Encounter!)));
        var header = Assert.IsType<Fhir.MessageHeader>(bundle.Entry![0].Resource);
        Assert.Equal(3, header.Focus!.Count);
        Assert.All(header.Focus, f => Assert.Equal("Observation", f.Type));
    }

    [Fact]
    public void AnAdverseReactionUpdateMakesAnAllergyIntoleranceFromEachIam()
    {
        var message = Bundles.Message("""
            MSH|^~\&|PAS|RXX|HUB|RXX|20240314110000||ADT^A60^ADT_A60|RXX000501|P|2.5.1
            PID|1||9434765919^^^NHS^NH||SMITH^JOHN
            PV1|1|I
            IAM|1|DA^Drug allergy^HL70127|91936005^Allergy to penicillin^SCT|SV|Rash||AL0001^RXX||||20100301||20240314100000
            """);

        var allergy = Engine.Default.Map(message).Bundle!.One<AllergyIntolerance>();

        Assert.Equal([AllergyIntoleranceCategory.Medication], allergy.Category!);
        Assert.Equal(AllergyIntoleranceCriticality.High, allergy.Criticality);
        Assert.Equal("Rash", allergy.Reaction![0].Manifestation[0].Text);
        Assert.Equal("AL0001", allergy.Identifier![0].Value);
        Assert.Equal("2010-03-01", allergy.OnsetDateTime.ToString());
    }
}
