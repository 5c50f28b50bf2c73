using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// The state of mapping one message: the issues found, the resources made on the way (deduplicated by
/// id), the header values bindings may read, and where in the message the current row reads from.
/// One per message; never shared between threads.
/// </summary>
internal sealed class MappingContext
{
    private readonly byte[] _msh;
    private readonly Dictionary<string, Resource> _byId = new(StringComparer.Ordinal);

    public MappingContext(Hl7Segment msh, MappingProfile profile)
    {
        _msh = msh.Raw.ToArray();
        Delimiters = msh.Delimiters;
        Charset = msh.Charset;
        Profile = profile;
        SendingApplication = msh.Field(3).Component(1).ToString();
        SendingFacility = msh.Field(4).Component(1).ToString();
        ControlId = msh.Field(10).ToString();
        MessageCode = msh.Field(9).Component(1).ToString();
        TriggerEvent = msh.Field(9).Component(2).ToString();
    }

    public Hl7Delimiters Delimiters { get; }

    public Hl7Charset Charset { get; }

    public MappingProfile Profile { get; }

    public string SendingApplication { get; }

    public string SendingFacility { get; }

    public string ControlId { get; }

    public string MessageCode { get; }

    public string TriggerEvent { get; }

    /// <summary>The sender as a scope for keys: the facility, else the application.</summary>
    public string SenderScope => SendingFacility.Length > 0 ? SendingFacility : SendingApplication;

    public List<Hl7Issue> Issues { get; } = [];

    /// <summary>Resources made by bindings (organisations, practitioners, locations), in the order first seen.</summary>
    public List<Resource> Shared { get; } = [];

    /// <summary>Where the row being applied reads from, for issues.</summary>
    public Hl7Location Location { get; set; }

    /// <summary>A field of the message header (for rows that read <c>MSH-n</c>).</summary>
    public Hl7Element Header(int field) => new Hl7Segment(_msh, Delimiters, Charset).Field(field);

    public void Warn(Hl7ErrorCode code, string message) => Issues.Add(new Hl7Issue(code, Hl7Severity.Warning, Location, message));

    public void Error(Hl7ErrorCode code, string message) => Issues.Add(new Hl7Issue(code, Hl7Severity.Error, Location, message));

    /// <summary>Adds a made resource unless one with its id is already there; returns the one kept.</summary>
    public Resource AddShared(Resource resource)
    {
        if (_byId.TryGetValue(resource.Id!, out var existing))
        {
            return existing;
        }

        _byId.Add(resource.Id!, resource);
        Shared.Add(resource);
        return resource;
    }
}
