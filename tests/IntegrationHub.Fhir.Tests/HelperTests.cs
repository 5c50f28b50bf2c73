using System.Text.RegularExpressions;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests;

public partial class HelperTests
{
    [Fact]
    public void FhirIdFromKeyIsStableAndScopedBySystem()
    {
        var id = FhirId.FromKey(FhirSystems.NhsNumber, "9000000009");

        Assert.Equal(id, FhirId.FromKey(FhirSystems.NhsNumber, "9000000009"));
        Assert.NotEqual(id, FhirId.FromKey(FhirSystems.GmcNumber, "9000000009"));
        Assert.NotEqual(FhirId.FromKey("a|b", "c"), FhirId.FromKey("a", "b|c"));
        Assert.NotEqual(id, FhirId.FromKey(FhirSystems.NhsNumber, "9000000017"));
    }

    [Fact]
    public void FhirIdFromKeyIsAValidFhirIdAndAVersion8Uuid()
    {
        var id = FhirId.FromKey("urn:test", new string('x', 2000));

        Assert.Matches(FhirIdPattern(), id);
        Assert.True(id.Length <= 64);
        Assert.True(Guid.TryParseExact(id, "D", out var uuid));
        Assert.Equal(8, uuid.Version);
        Assert.DoesNotContain("x", id, StringComparison.Ordinal);
    }

    [Fact]
    public void FhirIdFromKeyMatchesAnIndependentSha256Computation()
    {
        var hash = System.Security.Cryptography.SHA256.HashData("sys\u001Fval"u8);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var expected = Convert.ToHexStringLower(hash.AsSpan(0, 16));

        Assert.Equal(expected, FhirId.FromKey("sys", "val").Replace("-", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void BundleEntriesGetUrnUuidFullUrlsFromTheirIds()
    {
        var bundle = new Bundle { Type = BundleType.Collection };
        var patient = new Patient { Id = FhirId.FromKey(FhirSystems.NhsNumber, "9000000009") };

        var entry = bundle.AddEntry(patient);
        var generated = bundle.AddEntry(new Organization { Name = "x" });

        Assert.Equal("urn:uuid:" + patient.Id, entry.FullUrl);
        Assert.Same(patient, entry.Resource);
        Assert.StartsWith("urn:uuid:", generated.FullUrl, StringComparison.Ordinal);
        Assert.Equal(2, bundle.Entry!.Count);
        Assert.Throws<ArgumentException>(() => bundle.AddEntry(new Patient { Id = "not-a-uuid" }));
    }

    [Fact]
    public void ReferencesAreBuiltFromResourcesAndEntries()
    {
        var patient = new Patient { Id = "p1" };
        var bundle = new Bundle { Type = BundleType.Message };
        var entry = bundle.AddEntry(new Encounter { Status = EncounterStatus.Planned, Class = new Coding { Code = "IMP" } });

        var toPatient = Reference.To(patient, "Ann Smith");
        var toEntry = Reference.To(entry);

        Assert.Equal("Patient/p1", toPatient.ReferenceValue);
        Assert.Equal("Patient", toPatient.Type);
        Assert.Equal("Ann Smith", toPatient.Display);
        Assert.Equal(entry.FullUrl, toEntry.ReferenceValue);
        Assert.Equal("Encounter", toEntry.Type);
        Assert.ThrowsAny<ArgumentException>(() => Reference.To(new Patient()));
    }

    [Fact]
    public void MessageBundleHasItsHeaderFirst()
    {
        var header = new MessageHeader { EventUri = "https://example.org/event/admit", Source = new MessageHeaderSource { Endpoint = "urn:test" } };

        var bundle = Bundle.CreateMessage(header, new Identifier { System = "urn:test", Value = "1" }, FhirInstant.Parse("2024-03-01T00:00:00Z"));

        Assert.Same(header, Assert.Single(bundle.Entry!).Resource);
        Assert.Equal(BundleType.Message, bundle.Type);
    }

    [Fact]
    public void AnOutcomeWithoutIssuesSaysAllOk()
    {
        var outcome = OperationOutcome.FromIssues([]);

        var issue = Assert.Single(outcome.Issue);
        Assert.Equal(IssueSeverity.Information, issue.Severity);
        Assert.Equal(IssueType.Informational, issue.Code);
        Assert.Null(issue.Expression);
    }

    [Fact]
    public void TheExampleNhsNumberUsesTheUkCoreSystems()
    {
        var identifier = FhirExamples.NhsNumber();

        Assert.Equal("https://fhir.nhs.uk/Id/nhs-number", identifier.System);
        Assert.Equal("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus", identifier.Extension![0].Url);
        Assert.Equal("https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland", identifier.Extension[0].ValueCodeableConcept!.Coding![0].System);
    }

    [Theory]
    [InlineData("9000000009", true)]
    [InlineData("9434765919", true)]
    [InlineData("9434765910", false)]
    [InlineData("9000000001", false)]
    [InlineData("900000000", false)]
    [InlineData("90000000090", false)]
    [InlineData("900000000a", false)]
    [InlineData("1000000010", false)]
    public void NhsNumbersNeedTenDigitsAndAModulus11CheckDigit(string value, bool valid)
        => Assert.Equal(valid, NhsNumber.IsValid(value));

    [Fact]
    public void NhsNumberIdentifierCarriesTheVerificationStatus()
    {
        var identifier = NhsNumber.ToIdentifier("9000000009", "01");

        Assert.Equal(FhirSystems.NhsNumber, identifier.System);
        Assert.Equal("9000000009", identifier.Value);
        var coding = identifier.Extension![0].ValueCodeableConcept!.Coding![0];
        Assert.Equal(FhirSystems.NhsNumberVerificationStatusCodeSystem, coding.System);
        Assert.Equal("01", coding.Code);
        Assert.Null(NhsNumber.ToIdentifier("9000000009").Extension);
    }

    [GeneratedRegex("^[A-Za-z0-9\\-\\.]{1,64}$")]
    private static partial Regex FhirIdPattern();
}
