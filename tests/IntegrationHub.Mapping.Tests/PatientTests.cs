using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping.Tests;

/// <summary>UK patient semantics: NHS number, verification status, GP registration, merges, routing key.</summary>
public sealed class PatientTests
{
    private const string Header = "MSH|^~\\&|PAS|{0}|HUB|RXX|20240312101500||ADT^A28^ADT_A05|{1}|P|2.4\r";

    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("9449306060", true)]
    [InlineData("9876543210", true)]
    [InlineData("943 476 5919", true)]
    [InlineData("9434765918", false)]
    [InlineData("1234567890", false)]
    [InlineData("943476591", false)]
    [InlineData("94347659190", false)]
    [InlineData("94347A5919", false)]
    public void NhsNumbersAreCheckedWithModulus11(string number, bool valid)
    {
        Assert.Equal(valid, NhsNumber.IsValid(number));
    }

    [Fact]
    public void TheNhsNumberGetsItsSystemAndTheVerificationStatusExtension()
    {
        var result = Inputs.MapSample("UK-ADT-A01");
        var nhs = Assert.Single(result.Bundle!.One<Patient>().Identifier!, i => i.System == FhirSystems.NhsNumber);

        Assert.Equal("9434765919", nhs.Value);
        var extension = Assert.Single(nhs.Extension!);
        Assert.Equal(FhirSystems.NhsNumberVerificationStatusExtension, extension.Url);
        Assert.Equal("01", extension.ValueCodeableConcept!.Coding![0].Code);
        Assert.Equal(FhirSystems.NhsNumberVerificationStatusCodeSystem, extension.ValueCodeableConcept.Coding[0].System);
        Assert.Equal(FhirSystems.NhsNumber + "|9434765919", result.PatientKey);
    }

    [Fact]
    public void AnNhsNumberInTheAssigningFacilityIsRecognisedToo()
    {
        var message = string.Format(null, Header, "RXX", "C6") + "PID|1||9449306060^^^^NH^NHS||JONES^SARAH||19801103|F\r";

        var patient = Engine.Default.Map(Bundles.Message(message)).Bundle!.One<Patient>();

        Assert.Equal(FhirSystems.NhsNumber, Assert.Single(patient.Identifier!).System);
    }

    [Fact]
    public void AnNhsNumberFailingModulus11IsReportedAndLeftOut()
    {
        var result = Inputs.MapSample("UK-ADT-A31-bad-nhs");

        Assert.True(result.Succeeded);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(Hl7ErrorCode.DataTypeError, issue.Code);
        Assert.Equal(Hl7Severity.Warning, issue.Severity);
        Assert.Equal("PID", issue.Location.Segment);
        Assert.Equal(3, issue.Location.Field);
        Assert.DoesNotContain(result.Bundle!.One<Patient>().Identifier!, i => i.System == FhirSystems.NhsNumber);
        Assert.Equal("https://fhir.rxx.nhs.uk/Id/mrn|RXX2000002", result.PatientKey);
    }

    [Fact]
    public void TheGpPracticeAndGpAreReferencedWithOdsAndGmpCodes()
    {
        var bundle = Inputs.MapSample("UK-ADT-A01").Bundle!;
        var gps = bundle.One<Patient>().GeneralPractitioner!;

        var practice = bundle.Resolve<Organization>(gps[0]);
        Assert.Equal(FhirSystems.OdsOrganizationCode, practice.Identifier![0].System);
        Assert.Equal("B82001", practice.Identifier[0].Value);
        var gp = bundle.Resolve<Practitioner>(gps[1]);
        Assert.Equal(FhirSystems.GmpNumber, gp.Identifier![0].System);
        Assert.Equal("G1234567", gp.Identifier[0].Value);
    }

    [Fact]
    public void AMergeLinksTheSurvivingAndRetiredPatientsAndRetiresTheOldOne()
    {
        var bundle = Inputs.MapSample("UK-ADT-A40").Bundle!;
        var patients = bundle.All<Patient>();

        Assert.Equal(2, patients.Count);
        var surviving = Assert.Single(patients, p => p.Active == true);
        var retired = Assert.Single(patients, p => p.Active == false);
        Assert.Equal("RXX7654321", Assert.Single(retired.Identifier!).Value);
        Assert.Equal(LinkType.Replaces, Assert.Single(surviving.Link!).Type);
        Assert.Same(retired, bundle.Resolve<Patient>(surviving.Link![0].Other));
        Assert.Equal(LinkType.ReplacedBy, Assert.Single(retired.Link!).Type);
        Assert.Same(surviving, bundle.Resolve<Patient>(retired.Link![0].Other));
    }

    [Fact]
    public void ALocalNumberIsScopedByItsFacilitySoEqualNumbersFromTwoTrustsDoNotCollide()
    {
        var pid = "PID|1||12345^^^^MR||DOE^JOHN||19700101|M\r";
        var first = Engine.Default.Map(Bundles.Message(string.Format(null, Header, "RAA", "1") + pid)).Bundle!.One<Patient>();
        var second = Engine.Default.Map(Bundles.Message(string.Format(null, Header, "RBB", "1") + pid)).Bundle!.One<Patient>();

        Assert.Equal("https://fhir.raa.nhs.uk/Id/local-identifier", first.Identifier![0].System);
        Assert.Equal("https://fhir.rbb.nhs.uk/Id/local-identifier", second.Identifier![0].System);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void ThePatientIdComesFromTheNhsNumberSoEveryMessageAboutThePatientAgrees()
    {
        var admit = Inputs.MapSample("UK-ADT-A01").Bundle!.One<Patient>();
        var order = Inputs.MapSample("UK-OMP-O09-GP").Bundle!.One<Patient>();

        Assert.Equal(FhirId.FromKey(FhirSystems.NhsNumber, "9434765919"), admit.Id);
        Assert.Equal(admit.Id, order.Id);
    }

    [Fact]
    public void NextOfKinBecomeRelatedPersonsOfThePatient()
    {
        var bundle = Inputs.MapSample("UK-ADT-A28").Bundle!;
        var person = bundle.One<RelatedPerson>();

        Assert.Same(bundle.One<Patient>(), bundle.Resolve<Patient>(person.Patient));
        Assert.Equal("JONES", person.Name![0].Family);
        Assert.Equal("SPO", person.Relationship![0].Coding![0].Code);
        Assert.Equal(ContactPointUse.Mobile, person.Telecom![0].Use);
    }
}
