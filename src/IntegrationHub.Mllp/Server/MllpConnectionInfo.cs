using System.Net;

namespace IntegrationHub.Mllp.Server;

/// <summary>Who is on the other end of a connection, for logs, traces and sender checks.</summary>
public sealed class MllpConnectionInfo(long id, EndPoint? remoteEndPoint, bool isTls, string? clientCertificateSubject)
{
    public long Id { get; } = id;

    public EndPoint? RemoteEndPoint { get; } = remoteEndPoint;

    public bool IsTls { get; } = isTls;

    /// <summary>Subject of the client's certificate under mutual TLS, otherwise null.</summary>
    public string? ClientCertificateSubject { get; } = clientCertificateSubject;
}
