using System.Collections;
using System.Reflection;
using System.Text;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests;

public class RoundTripTests
{
    public static TheoryData<string> ResourceTypeNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in ModelPopulator.ConcreteResourceTypes())
        {
            data.Add(type.Name);
        }

        return data;
    }

    public static TheoryData<string> ExampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var resource in FhirExamples.All())
        {
            data.Add(FhirCode.ToCode(resource.ResourceType));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceTypeNames))]
    public void FullyPopulatedResourceSerialisesParsesAndSerialisesToIdenticalBytes(string typeName)
    {
        var resource = new ModelPopulator().CreateResource(ResourceClass(typeName));

        var first = FhirJson.SerializeToUtf8Bytes(resource);
        Assert.True(FhirJson.TryParse(first, out var parsed, out var issues), Describe(issues));
        var second = FhirJson.SerializeToUtf8Bytes(parsed);

        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.Equal(resource.GetType(), parsed.GetType());
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void ExampleSerialisesParsesAndSerialisesToIdenticalBytes(string typeName)
    {
        var resource = FhirExamples.All().Single(r => FhirCode.ToCode(r.ResourceType) == typeName);

        var first = FhirJson.Serialize(resource);
        Assert.True(FhirJson.TryParse(first, out var parsed, out var issues), Describe(issues));

        Assert.Equal(first, FhirJson.Serialize(parsed));
    }

    [Fact]
    public void PopulatedResourcesTogetherUseEveryDatatypeAndBackboneElementOfTheModel()
    {
        var seen = new HashSet<Type>();
        foreach (var type in ModelPopulator.ConcreteResourceTypes())
        {
            var json = FhirJson.SerializeToUtf8Bytes(new ModelPopulator().CreateResource(type));
            Assert.True(FhirJson.TryParse(json, out var parsed, out _));
            Collect(parsed, seen);
        }

        var missing = ModelPopulator.ConcreteElementTypes().Where(t => !seen.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "Never read back: " + string.Join(", ", missing));
    }

    [Fact]
    public void WrittenJsonHasNoNullsEmptyArraysEmptyStringsOrEmptyObjects()
    {
        foreach (var type in ModelPopulator.ConcreteResourceTypes())
        {
            var json = FhirJson.Serialize(new ModelPopulator().CreateResource(type));

            Assert.DoesNotContain("null", json, StringComparison.Ordinal);
            Assert.DoesNotContain("[]", json, StringComparison.Ordinal);
            Assert.DoesNotContain("\"\"", json, StringComparison.Ordinal);
            Assert.DoesNotContain("{}", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EmptyListsStringsElementsAndPrimitiveElementsAreLeftOut()
    {
        var patient = new Patient
        {
            Id = "p1",
            Identifier = [],
            Name = [new HumanName { Family = "", Given = [] }],
            BirthDate = new FhirDate(1970),
            BirthDateElement = new PrimitiveElement { Extension = [] },
        };

        Assert.Equal("""{"resourceType":"Patient","id":"p1","birthDate":"1970"}""", FhirJson.Serialize(patient));
    }

    internal static Type ResourceClass(string name) => ModelPopulator.ConcreteResourceTypes().Single(t => t.Name == name);

    internal static string Describe(IReadOnlyList<FhirIssue> issues) => string.Join("; ", issues);

    private static void Collect(object? value, HashSet<Type> seen)
    {
        switch (value)
        {
            case null or string:
                return;
            case IList list:
                foreach (var item in list)
                {
                    Collect(item, seen);
                }

                return;
            case Element or Resource:
                if (!seen.Add(value.GetType()) && value is Element)
                {
                    // Still descend: the same type can hold different nested types elsewhere.
                }

                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length == 0 && !property.PropertyType.IsValueType)
                    {
                        Collect(property.GetValue(value), seen);
                    }
                }

                return;
        }
    }
}
