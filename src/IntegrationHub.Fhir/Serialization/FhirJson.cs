using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IntegrationHub.Fhir;

/// <summary>
/// The one way in and out of FHIR JSON: source-generated metadata only, compact output, strict
/// reading. Reading never throws for bad input; it returns issues with an element path.
/// </summary>
public static partial class FhirJson
{
    // The generated writers (Serialization/Writers) produce exactly what the serializer metadata
    // describes, so the writer need not check the JSON structure again.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
        MaxDepth = 128,
    };

    /// <summary>
    /// The serializer options: the source-generated <see cref="FhirJsonContext"/> is the only
    /// resolver (with a modifier that leaves out empty arrays and empty <c>_name</c> objects), unknown
    /// elements and duplicate properties are errors, and <c>resourceType</c> may appear anywhere.
    /// Writing goes through generated writers that follow these options byte for byte.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static readonly JsonTypeInfo<Resource> ResourceInfo = (JsonTypeInfo<Resource>)Options.GetTypeInfo(typeof(Resource));

    /// <summary>Writes <paramref name="resource"/> as compact FHIR JSON, <c>resourceType</c> first.</summary>
    public static string Serialize(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var buffer = FhirJsonWriterCache.WriteToThreadBuffer(resource, WriterOptions);
        var text = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        FhirJsonWriterCache.ReleaseThreadBuffer(buffer);
        return text;
    }

    /// <summary>Writes <paramref name="resource"/> as UTF-8 FHIR JSON.</summary>
    public static byte[] SerializeToUtf8Bytes(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var buffer = FhirJsonWriterCache.WriteToThreadBuffer(resource, WriterOptions);
        var bytes = buffer.WrittenSpan.ToArray();
        FhirJsonWriterCache.ReleaseThreadBuffer(buffer);
        return bytes;
    }

    /// <summary>Writes <paramref name="resource"/> to <paramref name="writer"/>; the caller flushes.</summary>
    public static void Serialize(Utf8JsonWriter writer, Resource resource)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(resource);
        ResourceJsonWriter.Write(writer, resource);
    }

    /// <summary>
    /// Writes <paramref name="resource"/> to <paramref name="output"/> (for pooled buffers and pipes), through a
    /// writer kept per thread, so a call allocates nothing beyond what <paramref name="output"/> does.
    /// </summary>
    public static void Serialize(IBufferWriter<byte> output, Resource resource)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(resource);
        FhirJsonWriterCache.Write(output, resource, WriterOptions);
    }

    /// <summary>
    /// Reads one resource of any modelled type. On failure <paramref name="resource"/> is null and
    /// <paramref name="issues"/> holds every problem found (the one that stopped the reader first if
    /// the later scan did not see it), each with its element path.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out Resource? resource, out IReadOnlyList<FhirIssue> issues)
    {
        try
        {
            resource = JsonSerializer.Deserialize(utf8, ResourceInfo);
        }
        catch (JsonException ex)
        {
            resource = null;
            var root = PeekResourceType(utf8);
            issues = WithEveryProblem(FhirJsonIssues.FromJsonException(ex, root), utf8, root);
            return false;
        }
        catch (NotSupportedException ex)
        {
            resource = null;
            var root = PeekResourceType(utf8);
            issues = WithEveryProblem(FhirJsonIssues.FromNotSupported(ex, root), utf8, root);
            return false;
        }

        if (resource is null)
        {
            issues = [new FhirIssue(IssueSeverity.Error, IssueType.Structure, "Resource", "The JSON is null, not a resource.")];
            return false;
        }

        issues = [];
        return true;
    }

    // The serializer stops at the first problem; the scan finds the others. Same place and code means same problem.
    private static List<FhirIssue> WithEveryProblem(FhirIssue first, ReadOnlySpan<byte> utf8, string? root)
    {
        var issues = FhirJsonScanner.Scan(utf8, root ?? "Resource");
        foreach (var issue in issues)
        {
            if (issue.Code == first.Code && issue.Expression == first.Expression)
            {
                return issues;
            }
        }

        issues.Insert(0, first);
        return issues;
    }

    /// <summary>Reads one resource and requires it to be a <typeparamref name="T"/>.</summary>
    public static bool TryParse<T>(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out T? resource, out IReadOnlyList<FhirIssue> issues)
        where T : Resource
    {
        if (!TryParse(utf8, out var any, out issues))
        {
            resource = null;
            return false;
        }

        if (any is T typed)
        {
            resource = typed;
            return true;
        }

        resource = null;
        var expected = typeof(T) == typeof(DomainResource) ? "a domain resource" : typeof(T).Name;
        issues = [new FhirIssue(IssueSeverity.Error, IssueType.Invalid, FhirCode.ToCode(any.ResourceType), $"Expected {expected} but found {FhirCode.ToCode(any.ResourceType)}.")];
        return false;
    }

    /// <summary>
    /// Reads one resource from a possibly segmented buffer (a request body read from a pipe). A
    /// multi-segment body is copied once into a pooled array, which is returned before this returns.
    /// </summary>
    public static bool TryParse(in ReadOnlySequence<byte> utf8, [NotNullWhen(true)] out Resource? resource, out IReadOnlyList<FhirIssue> issues)
    {
        if (utf8.IsSingleSegment)
        {
            return TryParse(utf8.FirstSpan, out resource, out issues);
        }

        var length = checked((int)utf8.Length);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            utf8.CopyTo(rented);
            return TryParse(rented.AsSpan(0, length), out resource, out issues);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads one resource from a string (a convenience over the UTF-8 overload).</summary>
    public static bool TryParse(string json, [NotNullWhen(true)] out Resource? resource, out IReadOnlyList<FhirIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryParse(System.Text.Encoding.UTF8.GetBytes(json), out resource, out issues);
    }

    /// <summary>Reads one resource of type <typeparamref name="T"/> from a string.</summary>
    public static bool TryParse<T>(string json, [NotNullWhen(true)] out T? resource, out IReadOnlyList<FhirIssue> issues)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryParse(System.Text.Encoding.UTF8.GetBytes(json), out resource, out issues);
    }
}
