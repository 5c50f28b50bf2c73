using System.Reflection;

namespace IntegrationHub.Fhir.Tests;

public class CodeTests
{
    public static TheoryData<string> CodeEnumNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in CodeEnums())
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CodeEnumNames))]
    public void EveryMemberHasADistinctCodeThatParsesBackToIt(string enumName)
    {
        var type = CodeEnums().Single(t => t.Name == enumName);
        var check = typeof(CodeTests).GetMethod(nameof(CheckCodes), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);

        check.Invoke(null, null);
    }

    [Theory]
    [InlineData(EncounterStatus.InProgress, "in-progress")]
    [InlineData(EncounterStatus.EnteredInError, "entered-in-error")]
    [InlineData(QuantityComparator.LessOrEqual, "<=")]
    [InlineData(HTTPVerb.DELETE, "DELETE")]
    [InlineData(LinkType.ReplacedBy, "replaced-by")]
    [InlineData(IssueType.CodeInvalid, "code-invalid")]
    public void CodesAreTheExactFhirStrings<T>(T value, string code)
        where T : struct, Enum
    {
        Assert.Equal(code, FhirCode.ToCode(value));
        Assert.Equal(value, FhirCode.Parse<T>(code));
    }

    [Fact]
    public void CodesAreCaseSensitive()
    {
        Assert.False(FhirCode.TryParse<AdministrativeGender>("Male", out _));
        Assert.True(FhirCode.TryParse<AdministrativeGender>("male", out var gender));
        Assert.Equal(AdministrativeGender.Male, gender);
    }

    [Fact]
    public void RequiredBindingsWithFewCodesCarryExactlyTheR4Codes()
    {
        Assert.Equal(["male", "female", "other", "unknown"], Codes<AdministrativeGender>());
        Assert.Equal(["replaced-by", "replaces", "refer", "seealso"], Codes<LinkType>());
        Assert.Equal(["active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft", "unknown"], Codes<MedicationRequestStatus>());
        Assert.Equal(["proposal", "plan", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option"], Codes<MedicationRequestIntent>());
        Assert.Equal(["active", "completed", "entered-in-error", "intended", "stopped", "on-hold", "unknown", "not-taken"], Codes<MedicationStatementStatus>());
        Assert.Equal(["document", "message", "transaction", "transaction-response", "batch", "batch-response", "history", "searchset", "collection"], Codes<BundleType>());
    }

    [Fact]
    public void AnEnumThatIsNotAFhirCodeIsRejected()
        => Assert.Throws<ArgumentException>(() => FhirCode.ToCode(FhirDatePrecision.Day));

    [Fact]
    public void AnUndefinedEnumValueCannotBeWritten()
        => Assert.Throws<ArgumentOutOfRangeException>(() => FhirJson.Serialize(new Patient { Gender = (AdministrativeGender)42 }));

    private static IEnumerable<Type> CodeEnums()
        => typeof(Resource).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t != typeof(FhirDatePrecision)).OrderBy(t => t.Name, StringComparer.Ordinal);

    private static string[] Codes<T>()
        where T : struct, Enum
        => Enum.GetValues<T>().Select(v => FhirCode.ToCode(v)).ToArray();

    private static void CheckCodes<T>()
        where T : struct, Enum
    {
        var codes = Codes<T>();
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        foreach (var value in Enum.GetValues<T>())
        {
            var code = FhirCode.ToCode(value);
            Assert.False(string.IsNullOrWhiteSpace(code));
            Assert.True(FhirCode.TryParse<T>(code, out var parsed));
            Assert.Equal(value, parsed);
        }
    }
}
