using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Ops;

/// <summary>Lets a request reach an ops endpoint only with the configured key, or from loopback when none is set.</summary>
internal sealed class OpsAccessFilter(IOptions<OpsOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = options.Value.ApiKey;
        if (!string.IsNullOrEmpty(key))
        {
            var given = http.Request.Headers[OpsOptions.KeyHeader].ToString();
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key)))
            {
                return Results.Problem($"Send the ops API key in the {OpsOptions.KeyHeader} header.", statusCode: StatusCodes.Status401Unauthorized);
            }
        }
        else if (http.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            return Results.Problem("Ops endpoints answer only on this machine until Ops:ApiKey is set.", statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }
}
