using System.Security.Cryptography;
using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// Puts a mapped message together as a FHIR message Bundle: MessageHeader first (event from the v2
/// trigger, source = sender, focus), then the resources, then a Provenance pointing to the v2 message.
/// Every id is derived from the message, so reprocessing gives the same Bundle.
/// </summary>
internal static class BundleAssembler
{
    private const string EventSystem = "http://terminology.hl7.org/CodeSystem/v2-0003";
    private const string UriSystem = "urn:ietf:rfc:3986";

    public static Bundle Assemble(MappingContext context, ReadOnlySpan<byte> message, FhirInstant timestamp, List<Resource> resources, List<Resource> focus)
    {
        var messageKey = context.ControlId.Length > 0
            ? FhirId.FromKey("hl7v2-message|" + context.SendingApplication + "|" + context.SendingFacility, context.ControlId)
            : FhirId.FromKey("hl7v2-message-content", Convert.ToHexString(SHA256.HashData(message)));
        var endpoint = Endpoint(context);

        var header = new Fhir.MessageHeader
        {
            Id = FhirId.FromKey("MessageHeader", messageKey),
            EventCoding = new Coding { System = EventSystem, Code = context.TriggerEvent },
            Source = new MessageHeaderSource { Name = NullIfEmpty(context.SendingApplication), Endpoint = endpoint },
            Focus = References(focus),
        };

        var bundle = Bundle.CreateMessage(header, new Identifier { System = UriSystem, Value = "urn:uuid:" + messageKey }, timestamp);
        bundle.Id = messageKey;
        foreach (var resource in resources)
        {
            bundle.AddEntry(resource);
        }

        var provenance = new Provenance
        {
            Id = FhirId.FromKey("Provenance", messageKey),
            Target = References(resources),
            Recorded = timestamp,
            Agent =
            [
                new ProvenanceAgent
                {
                    Who = new Reference
                    {
                        Identifier = new Identifier { System = endpoint, Value = context.SenderScope.Length > 0 ? context.SenderScope : "unknown" },
                        Display = Describe(context.SendingApplication, context.SendingFacility),
                    },
                },
            ],
            Entity =
            [
                new ProvenanceEntity
                {
                    Role = ProvenanceEntityRole.Source,
                    What = new Reference
                    {
                        Identifier = new Identifier { System = endpoint + ":msh-10", Value = context.ControlId.Length > 0 ? context.ControlId : messageKey },
                        Display = $"HL7 v2 message {context.MessageCode}^{context.TriggerEvent}",
                    },
                },
            ],
        };
        bundle.AddEntry(provenance);
        return bundle;
    }

    /// <summary>MSH-7 as the Bundle timestamp; without a usable one, the time of mapping (and a warning).</summary>
    public static FhirInstant Timestamp(Hl7Segment msh, MappingContext context)
    {
        if (Hl7DateTime.TryRead(msh.Field(7), out var time, out _) && time.Precision >= Hl7Precision.Minute
            && TimeReading.TryToOffset(time, out var instant))
        {
            return new FhirInstant(instant);
        }

        context.Location = Hl7Location.ForField("MSH", 7);
        context.Warn(Hl7ErrorCode.DataTypeError, "MSH-7 is not a date/time to the minute; the Bundle carries the time it was mapped.");
        return new FhirInstant(DateTimeOffset.UtcNow);
    }

    private static List<Reference> References(List<Resource> resources)
    {
        var references = new List<Reference>(resources.Count);
        foreach (var resource in resources)
        {
            references.Add(new Reference { ReferenceValue = "urn:uuid:" + resource.Id, Type = FhirCode.ToCode(resource.ResourceType) });
        }

        return references;
    }

    private static string Endpoint(MappingContext context) =>
        "urn:hl7v2:" + Uri.EscapeDataString(context.SendingApplication.Length > 0 ? context.SendingApplication : "unknown")
        + ":" + Uri.EscapeDataString(context.SendingFacility.Length > 0 ? context.SendingFacility : "unknown");

    private static string Describe(string application, string facility) =>
        application.Length > 0 && facility.Length > 0 ? application + " at " + facility : application + facility;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
