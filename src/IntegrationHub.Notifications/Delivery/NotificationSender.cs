using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using IntegrationHub.Notifications.Subscriptions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Notifications.Delivery;

/// <summary>
/// POSTs notification Bundles to subscriber endpoints: the subscription's own headers, a time limit per POST,
/// no redirects (a redirect would carry patient data somewhere the subscriber did not register), and TLS checked
/// against the system roots plus, when configured, <see cref="NotificationOptions.TrustedCertificatePath"/>.
/// </summary>
internal sealed class NotificationSender : IDisposable
{
    private readonly HttpClient _client;
    private readonly NotificationOptions _options;
    private readonly X509Certificate2? _trusted;

    public NotificationSender(IOptions<NotificationOptions> options)
    {
        _options = options.Value;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = _options.Timeout,
            ConnectCallback = ConnectAsync,
        };
        if (!string.IsNullOrWhiteSpace(_options.TrustedCertificatePath))
        {
            _trusted = X509CertificateLoader.LoadCertificateFromFile(_options.TrustedCertificatePath);
            handler.SslOptions.RemoteCertificateValidationCallback = Validate;
        }

        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Null when the endpoint answered 2xx, else what went wrong (no response content: it is the subscriber's).</summary>
    public async Task<string?> PostAsync(SubscriptionRecord subscription, string bundle, CancellationToken cancellationToken)
    {
        var timeout = subscription.Spec.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : _options.Timeout;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Spec.Endpoint)
        {
            Content = new StringContent(bundle, Encoding.UTF8, "application/fhir+json"),
        };
        foreach (var header in subscription.Spec.Headers)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            request.Headers.TryAddWithoutValidation(header[..colon].Trim(), header[(colon + 1)..].Trim());
        }

        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token);
            return response.IsSuccessStatusCode ? null : "HTTP " + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "no answer within " + timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " s";
        }
        catch (HttpRequestException ex)
        {
            return ex.InnerException switch
            {
                SocketException socket => "connection failed: " + socket.SocketErrorCode,
                HttpRequestException refused => "not called: " + refused.Message,
                System.Security.Authentication.AuthenticationException => "TLS failed: the endpoint's certificate is not trusted",
                _ => "request failed: " + (ex.HttpRequestError.ToString()),
            };
        }
    }

    /// <summary>
    /// Connects only to addresses a subscriber may point the hub at, checked after DNS resolution so a name that
    /// resolves to a forbidden address is refused too.
    /// </summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = addresses.Where(IsAllowed).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, "the endpoint's address is not one the hub may call");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private bool IsAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return _options.AllowLoopbackEndpoints;
        }

        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal || address.IsIPv6Multicast)
        {
            return false;
        }

        // 169.254.0.0/16: link-local, where cloud metadata services answer.
        var bytes = address.GetAddressBytes();
        return !(address.AddressFamily == AddressFamily.InterNetwork && (bytes[0] == 169 && bytes[1] == 254 || bytes[0] == 0 || bytes[0] >= 224));
    }

    public void Dispose()
    {
        _client.Dispose();
        _trusted?.Dispose();
    }

    // The configured certificate is an extra trust anchor; the host name must still match, and everything the
    // platform accepted stays accepted.
    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if ((errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0 || certificate is null || _trusted is null)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(_trusted);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        if (certificate is X509Certificate2 presented)
        {
            return custom.Build(presented);
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return custom.Build(leaf);
    }
}
