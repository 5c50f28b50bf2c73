using System.Buffers;
using System.Text.Json;

namespace IntegrationHub.Fhir;

/// <summary>
/// One <see cref="Utf8JsonWriter"/> and one output buffer per thread for <see cref="FhirJson"/>: writing a
/// Bundle then costs no writer allocation. Writing calls no user code, so a thread never re-enters it.
/// </summary>
internal static class FhirJsonWriterCache
{
    // A buffer that grew past this (a very large Bundle) is dropped rather than kept by the thread.
    private const int MaxKeptBufferBytes = 1024 * 1024;

    // The writer is pointed here between uses so it keeps no caller's buffer alive; nothing is written to it.
    private static readonly ArrayBufferWriter<byte> Detached = new(1);

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static void Write(IBufferWriter<byte> output, Resource resource, JsonWriterOptions options)
    {
        var writer = _writer;
        if (writer is null)
        {
            _writer = writer = new Utf8JsonWriter(output, options);
        }
        else
        {
            writer.Reset(output);
        }

        try
        {
            ResourceJsonWriter.Write(writer, resource);
            writer.Flush();
        }
        finally
        {
            writer.Reset(Detached);
        }
    }

    /// <summary>Writes into this thread's buffer; give it back with <see cref="ReleaseThreadBuffer"/> once read.</summary>
    public static ArrayBufferWriter<byte> WriteToThreadBuffer(Resource resource, JsonWriterOptions options)
    {
        var buffer = _buffer ?? new ArrayBufferWriter<byte>(16 * 1024);
        _buffer = null;
        buffer.ResetWrittenCount();
        Write(buffer, resource, options);
        return buffer;
    }

    public static void ReleaseThreadBuffer(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= MaxKeptBufferBytes)
        {
            _buffer = buffer;
        }
    }
}
