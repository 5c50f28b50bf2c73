using System.Buffers;
using System.Text;
using System.Text.Json;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests;

public class ChoiceAndWriterTests
{
    [Fact]
    public void SettingAnotherChoiceTypeReplacesTheFirstSoOnlyOneIsWritten()
    {
        var patient = new Patient { DeceasedBoolean = true };

        patient.DeceasedDateTime = FhirDateTime.Parse("2024-03-01");

        Assert.Null(patient.DeceasedBoolean);
        Assert.Equal("""{"resourceType":"Patient","deceasedDateTime":"2024-03-01"}""", FhirJson.Serialize(patient));
    }

    [Fact]
    public void ChoiceTypesSharingAClrTypeStayDistinct()
    {
        var extension = new Extension { Url = "https://example.org/x", ValueCode = "abc" };

        Assert.Null(extension.ValueString);
        Assert.Equal("abc", extension.ValueCode);
        extension.ValueString = "text";
        Assert.Null(extension.ValueCode);
        Assert.Contains("\"valueString\":\"text\"", FhirJson.Serialize(new Patient { Extension = [extension] }), StringComparison.Ordinal);
    }

    [Fact]
    public void ClearingAnUnsetChoiceTypeKeepsTheSetOne()
    {
        var observation = new Observation { Status = ObservationStatus.Final, Code = new CodeableConcept { Text = "x" }, ValueString = "v" };

        observation.ValueBoolean = null;

        Assert.Equal("v", observation.ValueString);
    }

    [Fact]
    public void PrimitiveExtensionsAndIdsRoundTripBesideTheirValues()
    {
        const string json = """{"resourceType":"Patient","name":[{"given":["Ann","Marie"],"_given":[null,{"id":"m","extension":[{"url":"https://example.org/x","valueBoolean":true}]}]}],"_gender":{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/data-absent-reason","valueCode":"unknown"}]}}""";

        Assert.True(FhirJson.TryParse<Patient>(json, out var patient, out var issues), RoundTripTests.Describe(issues));

        Assert.Null(patient.Gender);
        Assert.Equal("unknown", patient.GenderElement!.Extension![0].ValueCode);
        Assert.Equal("m", patient.Name![0].GivenElement![1]!.Id);
        Assert.Equal(json, FhirJson.Serialize(patient));
    }

    [Fact]
    public void PrimitiveChoiceValuesCarryTheirOwnExtensions()
    {
        const string json = """{"resourceType":"Patient","deceasedDateTime":"2020","_deceasedDateTime":{"extension":[{"url":"https://example.org/source","valueString":"registry"}]}}""";

        Assert.True(FhirJson.TryParse<Patient>(json, out var patient, out var issues), RoundTripTests.Describe(issues));

        Assert.Equal("registry", patient.DeceasedDateTimeElement!.Extension![0].ValueString);
        Assert.Equal(json, FhirJson.Serialize(patient));
    }

    [Fact]
    public void AllWriterOverloadsProduceTheSameBytes()
    {
        var bundle = FhirExamples.MessageBundle();
        var text = FhirJson.Serialize(bundle);

        var buffer = new ArrayBufferWriter<byte>();
        FhirJson.Serialize(buffer, bundle);

        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = FhirJson.Options.Encoder }))
        {
            FhirJson.Serialize(writer, bundle);
        }

        Assert.Equal(text, Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Equal(text, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(text, Encoding.UTF8.GetString(FhirJson.SerializeToUtf8Bytes(bundle)));
    }

    [Fact]
    public void ResourceTypeIsWrittenFirstForNestedResourcesToo()
    {
        var json = FhirJson.Serialize(FhirExamples.MedicationRequest());

        Assert.StartsWith("""{"resourceType":"MedicationRequest","id":""", json, StringComparison.Ordinal);
        Assert.Contains("""contained":[{"resourceType":"Medication","id":"med",""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void NonAsciiTextIsWrittenAsIsNotEscaped()
    {
        var json = FhirJson.Serialize(new Patient { Name = [new HumanName { Family = "Ní Bhriain", Given = ["Siân"] }] });

        Assert.Contains("Ní Bhriain", json, StringComparison.Ordinal);
        Assert.Contains("Siân", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ABodySplitAcrossSegmentsParsesLikeOneBuffer()
    {
        var bytes = FhirJson.SerializeToUtf8Bytes(FhirExamples.Patient());
        var first = new Segment(bytes.AsMemory(0, 7));
        var last = first.Append(bytes.AsMemory(7, 100)).Append(bytes.AsMemory(107));
        var sequence = new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);

        Assert.False(sequence.IsSingleSegment);
        Assert.True(FhirJson.TryParse(sequence, out var resource, out var issues), RoundTripTests.Describe(issues));
        Assert.Equal(bytes, FhirJson.SerializeToUtf8Bytes(resource));
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
