using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Contracts;
using IntegrationHub.Fhir;
using IntegrationHub.Records.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Records;

public static partial class FhirApi
{
    private const int MaxTransactionBytes = 4 * 1024 * 1024;

    /// <summary>
    /// A GP system's medication feed: a transaction Bundle of MedicationStatement / MedicationRequest entries
    /// (POST or PUT) and DELETEs of earlier ones, for patients registered with the caller's practice. It is applied
    /// as one event through the same store path as v2 messages (same locks, guard and prescribing view), keyed by a
    /// hash of the body and the practice, so a resent identical feed changes nothing.
    /// </summary>
    private static async Task Transaction(HttpContext context, FhirCaller caller)
    {
        if (caller.Organisation is not { } ods)
        {
            await FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status403Forbidden, IssueType.Forbidden, "Posting medication needs a token that names the practice (organisation claim).");
            return;
        }

        var body = await ReadBodyAsync(context);
        if (body is null)
        {
            await FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status413PayloadTooLarge, IssueType.TooLong, "The transaction is larger than 4 MiB.");
            return;
        }

        if (!FhirJson.TryParse<Bundle>(body, out var bundle, out var issues))
        {
            await FhirResponses.WriteAsync(context, StatusCodes.Status400BadRequest, OperationOutcome.FromIssues(issues));
            return;
        }

        if (bundle.Type != BundleType.Transaction)
        {
            await FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status400BadRequest, IssueType.Invalid, "Only transaction Bundles are accepted here.");
            return;
        }

        var store = context.RequestServices.GetRequiredService<ICareRecordStore>();
        var message = new Bundle { Type = BundleType.Transaction, Entry = [] };
        var outcomes = new List<BundleEntry>();
        foreach (var entry in bundle.Entry ?? [])
        {
            var (problem, status) = await AddEntryAsync(context, store, caller, ods, entry, message, outcomes);
            if (problem is not null)
            {
                await FhirResponses.WriteOutcomeAsync(context, status, status == StatusCodes.Status403Forbidden ? IssueType.Forbidden : IssueType.Processing, problem);
                return;
            }
        }

        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var patientEvent = new MedicationsChanged
        {
            MessageId = MessageIdOf(body, ods),
            PartitionKey = "fhir",
            EventCode = "FHIR^transaction",
            OccurredAt = now,
            SendingApplication = "FHIR",
            SendingFacility = ods,
            ReceivedAt = now,
            Bundle = FhirJson.Serialize(message),
        };
        await store.ApplyAsync(patientEvent, context.RequestAborted);
        await FhirResponses.WriteAsync(context, StatusCodes.Status200OK, new Bundle { Type = BundleType.TransactionResponse, Entry = outcomes });
    }

    private static async Task<(string? Problem, int Status)> AddEntryAsync(HttpContext context, ICareRecordStore store, FhirCaller caller, string ods, BundleEntry entry, Bundle message, List<BundleEntry> outcomes)
    {
        if (entry.Request is { Method: HTTPVerb.DELETE } delete)
        {
            var parts = delete.Url.Split('/');
            if (parts is not [("MedicationStatement" or "MedicationRequest") and var type, var given] || !caller.CanWrite(type))
            {
                return ($"DELETE {delete.Url} is not supported (MedicationStatement/id or MedicationRequest/id, with write scope).", StatusCodes.Status400BadRequest);
            }

            var id = FhirId.FromKey("urn:ods:" + ods + ":" + type, given);
            message.Entry!.Add(new BundleEntry { Request = new BundleEntryRequest { Method = HTTPVerb.DELETE, Url = type + "/" + id } });
            outcomes.Add(new BundleEntry { Response = new BundleEntryResponse { Status = "204 No Content" } });
            return (null, 0);
        }

        Reference? subject;
        string typeName;
        switch (entry.Resource)
        {
            case MedicationStatement statement:
                subject = statement.Subject;
                typeName = "MedicationStatement";
                break;
            case MedicationRequest request:
                subject = request.Subject;
                typeName = "MedicationRequest";
                break;
            default:
                return ("Only MedicationStatement and MedicationRequest entries (and their DELETEs) are accepted.", StatusCodes.Status400BadRequest);
        }

        if (!caller.CanWrite(typeName))
        {
            return ($"The token's scopes do not allow writing {typeName}.", StatusCodes.Status403Forbidden);
        }

        var patientId = subject?.Identifier is { System: { } system, Value: { } value }
            ? await store.FindPatientAsync(system, value, context.RequestAborted)
            : subject?.ReferenceValue is { } reference && reference.StartsWith("Patient/", StringComparison.Ordinal) ? reference["Patient/".Length..] : null;
        var facts = patientId is null ? null : await store.GetPatientFactsAsync(patientId, context.RequestAborted);
        if (facts is null || facts.ReplacedBy is not null || !string.Equals(facts.GpPracticeOds, ods, StringComparison.OrdinalIgnoreCase))
        {
            // Unknown and "registered elsewhere" read the same, so the feed cannot be used to probe the record.
            return ("The patient is not known as registered with your practice.", StatusCodes.Status422UnprocessableEntity);
        }

        var resource = entry.Resource;
        var key = entry.Request is { Method: HTTPVerb.PUT, Url: { } url } && url.Split('/') is [_, var putId] ? putId
            : FirstIdentifier(resource) ?? patientId + "|" + (entry.FullUrl ?? outcomes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        resource.Id = FhirId.FromKey("urn:ods:" + ods + ":" + typeName, key);
        var patientReference = new Reference { ReferenceValue = "Patient/" + patientId, Type = "Patient" };
        if (resource is MedicationStatement s)
        {
            s.Subject = patientReference;
            var concept = Prescribing.MedicationSource.ConceptCoding(s.MedicationCodeableConcept)?.Code;
            outcomes.Add(new BundleEntry { Response = new BundleEntryResponse { Status = "200 OK", Location = concept is null ? null : "MedicationStatement/" + Prescribing.PrescribingView.LineId(patientId!, concept) } });
        }
        else if (resource is MedicationRequest r)
        {
            r.Subject = patientReference;
            outcomes.Add(new BundleEntry { Response = new BundleEntryResponse { Status = "200 OK", Location = "MedicationRequest/" + resource.Id } });
        }

        message.Entry!.Add(new BundleEntry { FullUrl = "urn:uuid:" + resource.Id, Resource = resource });
        return (null, 0);
    }

    private static string? FirstIdentifier(Resource resource)
    {
        var identifiers = resource switch
        {
            MedicationStatement s => s.Identifier,
            MedicationRequest r => r.Identifier,
            _ => null,
        };
        return identifiers is [{ System: { } system, Value: { } value }, ..] ? system + "|" + value : null;
    }

    private static Guid MessageIdOf(byte[] body, string ods)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(ods + "\u001f"));
        sha.AppendData(body);
        sha.GetHashAndReset(hash);
        return new Guid(hash[..16]);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxTransactionBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
