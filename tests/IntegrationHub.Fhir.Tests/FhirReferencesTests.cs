using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests;

public partial class FhirReferencesTests
{
    public static TheoryData<string> ResourceTypes() => [.. ModelPopulator.ConcreteResourceTypes().Select(t => t.Name)];

    /// <summary>
    /// Every reference of a fully populated resource of each type (extensions on every element and primitive, every
    /// choice type, contained resources, Bundle entries) gets a marker; half the markers are mapped. The expected
    /// JSON is the original with exactly those markers replaced as text, so a reference the walk missed, or a value
    /// it touched that it should not have, shows up as a difference.
    /// </summary>
    [Theory]
    [MemberData(nameof(ResourceTypes))]
    public void RewritesExactlyTheMappedReferencesOfEveryResourceType(string typeName)
    {
        var resource = new ModelPopulator().CreateResource(typeof(Resource).Assembly.GetType("IntegrationHub.Fhir." + typeName)!);
        var references = new List<Reference>();
        Collect(resource, references);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < references.Count; i++)
        {
            references[i].ReferenceValue = "urn:uuid:marker-" + i;
            if (i % 2 == 0)
            {
                targets["urn:uuid:marker-" + i] = "Encounter/e" + i;
            }
        }

        var expected = MarkerPattern().Replace(FhirJson.Serialize(resource), m => targets.TryGetValue(m.Groups[1].Value, out var t) ? "\"reference\":\"" + t + "\"" : m.Value);

        var replaced = FhirReferences.Rewrite(resource, targets);

        Assert.True(references.Count > 0, typeName + " has no reference to test");
        Assert.Equal(targets.Count, replaced);
        Assert.Equal(expected, FhirJson.Serialize(resource));
    }

    [Fact]
    public void ResolvesAMessageBundleAndLeavesFullUrlsAndOtherReferencesAlone()
    {
        var bundle = FhirExamples.MessageBundle();
        var patientEntry = bundle.Entry!.First(e => e.Resource is Patient);
        var encounter = bundle.Entry!.Select(e => e.Resource).OfType<Encounter>().First();
        var external = new Reference { ReferenceValue = "Organization/elsewhere" };
        encounter.ServiceProvider = external;

        var replaced = FhirReferences.Rewrite(bundle, new Dictionary<string, string> { [patientEntry.FullUrl!] = "Patient/record-1" });

        // The Encounter's subject and the Provenance's first target.
        Assert.Equal(2, replaced);
        Assert.Equal("Patient/record-1", encounter.Subject!.ReferenceValue);
        Assert.Equal("Patient/record-1", bundle.Entry!.Select(e => e.Resource).OfType<Provenance>().Single().Target![0].ReferenceValue);
        Assert.Equal("Organization/elsewhere", external.ReferenceValue);
        Assert.StartsWith("urn:uuid:", patientEntry.FullUrl, StringComparison.Ordinal);
        Assert.DoesNotContain("\"reference\":\"" + patientEntry.FullUrl + "\"", FhirJson.Serialize(bundle), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyMapChangesNothing()
    {
        var bundle = FhirExamples.MessageBundle();
        var before = FhirJson.Serialize(bundle);

        Assert.Equal(0, FhirReferences.Rewrite(bundle, new Dictionary<string, string>()));
        Assert.Equal(before, FhirJson.Serialize(bundle));
    }

    // The test's own walk, by reflection over public properties (the code under test uses the serializer metadata).
    private static void Collect(object node, List<Reference> references)
    {
        if (node is Reference reference)
        {
            references.Add(reference);
        }

        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType == typeof(string) || property.PropertyType.IsValueType)
            {
                continue;
            }

            switch (property.GetValue(node))
            {
                case IList list:
                    foreach (var item in list)
                    {
                        if (item is Element or Resource)
                        {
                            Collect(item, references);
                        }
                    }

                    break;
                case Element element:
                    Collect(element, references);
                    break;
                case Resource contained:
                    Collect(contained, references);
                    break;
                default:
                    break;
            }
        }
    }

    [GeneratedRegex("\"reference\":\"(urn:uuid:marker-[0-9]+)\"")]
    private static partial Regex MarkerPattern();
}
