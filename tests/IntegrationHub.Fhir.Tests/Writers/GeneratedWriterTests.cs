using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests.Writers;

/// <summary>
/// The fast writers behind <see cref="FhirJson"/> are generated from the serializer metadata; these tests
/// hold them to the serializer itself, byte for byte, and to the model they were generated from.
/// </summary>
public class GeneratedWriterTests
{
    private static readonly JsonTypeInfo<Resource> SerializerInfo = (JsonTypeInfo<Resource>)FhirJson.Options.GetTypeInfo(typeof(Resource));

    [Fact]
    public void GeneratedWriterSourceIsUpToDateWithTheModel()
    {
        var folder = WritersFolder();
        var expected = JsonWriterGenerator.Generate();
        if (Environment.GetEnvironmentVariable("FHIR_REGENERATE_WRITERS") == "1")
        {
            foreach (var stale in Directory.GetFiles(folder, "*.cs"))
            {
                File.Delete(stale);
            }

            foreach (var (name, text) in expected)
            {
                File.WriteAllText(Path.Combine(folder, name), text);
            }
        }

        var actual = Directory.GetFiles(folder, "*.cs").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Keys.ToList(), actual);
        foreach (var (name, text) in expected)
        {
            Assert.True(text == File.ReadAllText(Path.Combine(folder, name)), $"{name} is out of date: FHIR_REGENERATE_WRITERS=1 dotnet test tests/IntegrationHub.Fhir.Tests");
        }
    }

    [Theory]
    [MemberData(nameof(RoundTripTests.ResourceTypeNames), MemberType = typeof(RoundTripTests))]
    public void FullyPopulatedResourceIsWrittenExactlyAsTheSerializerWritesIt(string typeName)
    {
        var resource = new ModelPopulator().CreateResource(RoundTripTests.ResourceClass(typeName));

        AssertSameAsSerializer(resource);
    }

    [Fact]
    public void EveryExampleIsWrittenExactlyAsTheSerializerWritesIt()
    {
        foreach (var resource in FhirExamples.All())
        {
            AssertSameAsSerializer(resource);
        }
    }

    [Fact]
    public void EmptyElementsStringsAndListsAreLeftOutButItemsAreWrittenAsTheyAre()
    {
        var patient = new Patient
        {
            Id = string.Empty,
            Identifier = [new Identifier(), new Identifier { Value = "1" }, null!],
            Name = [new HumanName { Given = ["", "Ann", null!], GivenElement = [null, new PrimitiveElement { Id = "g" }] }],
            Telecom = [new ContactPoint()],
            Address = [],
            MaritalStatus = new CodeableConcept { Coding = [new Coding { Code = string.Empty }] },
            Contained = [new Organization { Name = "x" }],
            Text = new Narrative { Status = NarrativeStatus.Generated, Div = "<div xmlns=\"http://www.w3.org/1999/xhtml\">é &lt; \u2028</div>" },
        };

        AssertSameAsSerializer(patient);
    }

    [Fact]
    public void AResourceClassTheModelDoesNotKnowIsRefusedAsTheSerializerRefusesIt()
    {
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new UnknownResource(), SerializerInfo));
        Assert.Throws<NotSupportedException>(() => FhirJson.Serialize(new UnknownResource()));
    }

    private static void AssertSameAsSerializer(Resource resource)
    {
        var expected = JsonSerializer.SerializeToUtf8Bytes(resource, SerializerInfo);

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(FhirJson.SerializeToUtf8Bytes(resource)));
        Assert.Equal(Encoding.UTF8.GetString(expected), FhirJson.Serialize(resource));
    }

    private static string WritersFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "IntegrationHub.Fhir", "Serialization", "Writers");
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationHub.sln")))
            {
                Directory.CreateDirectory(candidate);
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No folder holding IntegrationHub.sln above " + AppContext.BaseDirectory);
    }

    private sealed class UnknownResource : Resource
    {
        public override ResourceType ResourceType => ResourceType.Basic;
    }
}
