namespace IntegrationHub.Fhir.Tests;

public class ParseErrorTests
{
    [Theory]
    [InlineData("""{"resourceType":"Patient","foo":1}""", IssueType.Structure, "Patient.foo", "Unknown element 'foo'")]
    [InlineData("""{"resourceType":"Patient","name":[{"family":"Smith","nickname":"Al"}]}""", IssueType.Structure, "Patient.name[0].nickname", "Unknown element 'nickname'")]
    [InlineData("""{"resourceType":"Patient","active":"true"}""", IssueType.Structure, "Patient.active", "wrong type")]
    [InlineData("""{"resourceType":"Patient","name":{"family":"Smith"}}""", IssueType.Structure, "Patient.name", "JSON array")]
    [InlineData("""{"resourceType":"Patient","gender":1}""", IssueType.Structure, "Patient.gender", "JSON string")]
    [InlineData("""{"resourceType":"Patient","gender":"Female"}""", IssueType.CodeInvalid, "Patient.gender", "'Female' is not in the required value set AdministrativeGender")]
    [InlineData("""{"resourceType":"Encounter","status":"admitted","class":{"code":"IMP"}}""", IssueType.CodeInvalid, "Encounter.status", "'admitted'")]
    [InlineData("""{"resourceType":"Patient","birthDate":"1968-02-30"}""", IssueType.Value, "Patient.birthDate", "not a valid FHIR date")]
    [InlineData("""{"resourceType":"Patient","birthDate":"29/02/1968"}""", IssueType.Value, "Patient.birthDate", "not a valid FHIR date")]
    [InlineData("""{"resourceType":"Patient","deceasedDateTime":"2024-03-01T10:00:00"}""", IssueType.Value, "Patient.deceasedDateTime", "dateTime")]
    [InlineData("""{"resourceType":"Patient","deceasedBoolean":true,"deceasedDateTime":"2020"}""", IssueType.Structure, "Patient.deceasedDateTime", "deceased[x]")]
    [InlineData("""{"resourceType":"Patient","name":[{"given":[""]}]}""", IssueType.Value, "Patient.name[0].given[0]", "Empty strings")]
    [InlineData("""{"resourceType":"Patient","link":[{"type":"refer"}]}""", IssueType.Required, "Patient.link[0]", "other")]
    [InlineData("""{"resourceType":"MedicationRequest","status":"active","intent":"order","subject":{"reference":"Patient/1"}}""", IssueType.Required, "MedicationRequest", "medication[x]")]
    [InlineData("""{"resourceType":"Patient","maritalStatus":{"coding":[{"system":"http://x y"}]}}""", IssueType.Value, "Patient.maritalStatus.coding[0].system", "not a valid FHIR uri")]
    [InlineData("""{"resourceType":"Patient","maritalStatus":{"coding":[{"code":"M  "}]}}""", IssueType.Value, "Patient.maritalStatus.coding[0].code", "not a valid FHIR code")]
    [InlineData("""{"resourceType":"Patient","telecom":[{"value":"1","rank":0}]}""", IssueType.Value, "Patient.telecom[0].rank", "positiveInt")]
    [InlineData("""{"resourceType":"Patient","photo":[{"size":-1}]}""", IssueType.Value, "Patient.photo[0].size", "unsignedInt")]
    [InlineData("""{"resourceType":"Patient","photo":[{"data":"abc"}]}""", IssueType.Value, "Patient.photo[0].data", "base64Binary")]
    [InlineData("""{"resourceType":"Patient","extension":[{"url":"https://x","valueOid":"1.2.3"}]}""", IssueType.Value, "Patient.extension[0].valueOid", "oid")]
    [InlineData("""{"resourceType":"Patient","extension":[{"url":"https://x","valueUuid":"urn:uuid:ABC"}]}""", IssueType.Value, "Patient.extension[0].valueUuid", "uuid")]
    [InlineData("""{"resourceType":"Patient","id":"a_b"}""", IssueType.Value, "Patient.id", "not a valid FHIR id")]
    [InlineData("""{"resourceType":"Patient","id":"a","id":"b"}""", IssueType.Structure, "Patient.id", "more than once")]
    [InlineData("""{"resourceType":"Basic","code":{"text":"x"}}""", IssueType.NotSupported, "Basic", "'Basic'")]
    [InlineData("""{"id":"x"}""", IssueType.Structure, "Resource", "resourceType")]
    [InlineData("""{"resourceType":"Patient","active":true""", IssueType.Structure, "Patient", "not valid JSON")]
    [InlineData("""{"resourceType":"Observation","status":"final","code":{"text":"x"},"valueQuantity":{"value":"12"}}""", IssueType.Structure, "Observation.valueQuantity.value", "JSON number")]
    public void BadInputGivesOneErrorIssueWithTheElementPath(string json, IssueType code, string expression, string messagePart)
    {
        Assert.False(FhirJson.TryParse(json, out var resource, out var issues));

        Assert.Null(resource);
        var issue = Assert.Single(issues);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(code, issue.Code);
        Assert.Equal(expression, issue.Expression);
        Assert.Contains(messagePart, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemInTheDocumentIsReportedNotOnlyTheFirst()
    {
        const string json = """
            {"resourceType":"Patient","gender":"f","birthDate":"1968-02-30","nickname":"Al",
             "name":[{"family":"Smith","given":"Ann"}],"link":[{"type":"refer"}],
             "contact":[{"gender":"male","organization":{"reference":1}}]}
            """;

        Assert.False(FhirJson.TryParse(json, out _, out var issues));

        Assert.Equal(
            [
                "CodeInvalid Patient.gender",
                "Value Patient.birthDate",
                "Structure Patient.nickname",
                "Structure Patient.name[0].given",
                "Required Patient.link[0]",
                "Structure Patient.contact[0].organization.reference",
            ],
            issues.Select(i => $"{i.Code} {i.Expression}"));
        Assert.All(issues, i => Assert.Equal(IssueSeverity.Error, i.Severity));
    }

    [Fact]
    public void ErrorsInsideBundleEntriesAndContainedResourcesCarryTheFullPath()
    {
        const string json = """
            {"resourceType":"Bundle","type":"collection","entry":[
              {"fullUrl":"urn:uuid:0e39d5fe-3387-83d9-96ca-140d9ff757d0","resource":{"resourceType":"Patient","contained":[
                {"resourceType":"Organization","id":"o","active":"yes"}]}}]}
            """;

        Assert.False(FhirJson.TryParse(json, out _, out var issues));

        Assert.Equal("Bundle.entry[0].resource.contained[0].active", Assert.Single(issues).Expression);
    }

    [Fact]
    public void AnUnknownResourceTypeNestedInABundleIsAnErrorNotADrop()
    {
        const string json = """{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Foo","id":"1"}}]}""";

        Assert.False(FhirJson.TryParse(json, out _, out var issues));

        var issue = Assert.Single(issues);
        Assert.Equal(IssueType.NotSupported, issue.Code);
        Assert.StartsWith("Bundle.entry[0].resource", issue.Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void ResourceTypeMayComeAfterTheOtherMembers()
    {
        const string json = """{"id":"p1","gender":"other","birthDate":"2001-07","resourceType":"Patient"}""";

        Assert.True(FhirJson.TryParse<Patient>(json, out var patient, out var issues), RoundTripTests.Describe(issues));

        Assert.Equal(AdministrativeGender.Other, patient.Gender);
        Assert.Equal("2001-07", patient.BirthDate.ToString());
        Assert.Equal("""{"resourceType":"Patient","id":"p1","gender":"other","birthDate":"2001-07"}""", FhirJson.Serialize(patient));
    }

    [Fact]
    public void TypedParseOfAnotherResourceTypeIsAnIssue()
    {
        Assert.False(FhirJson.TryParse<Patient>("""{"resourceType":"Organization","name":"x"}""", out var patient, out var issues));

        Assert.Null(patient);
        Assert.Contains("Expected Patient but found Organization", Assert.Single(issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IssuesBecomeAnOperationOutcomeOneForOne()
    {
        Assert.False(FhirJson.TryParse("""{"resourceType":"Patient","gender":"f"}""", out _, out var issues));

        var outcome = OperationOutcome.FromIssues(issues);

        var issue = Assert.Single(outcome.Issue);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(IssueType.CodeInvalid, issue.Code);
        Assert.Equal(["Patient.gender"], issue.Expression);
        Assert.Equal(issues[0].Message, issue.Diagnostics);
        Assert.Contains("\"code\":\"code-invalid\"", FhirJson.Serialize(outcome), StringComparison.Ordinal);
    }
}
