using System.Text;
using IntegrationHub.Hl7;

namespace IntegrationHub.Cli.Sending;

/// <summary>
/// Gives a message a new MSH-10, so a load run can cycle through a few sample files without the hub taking the
/// copies for resends of one message.
/// </summary>
internal static class ControlIdRewriter
{
    public static byte[] WithControlId(byte[] message, string controlId)
    {
        if (!MessageHeader.TryRead(message, out var header, out _))
        {
            return message;
        }

        // MSH-1 is the separator right after "MSH"; eight more separators lead to the one before MSH-10.
        var separator = header!.Delimiters.Field;
        var start = message.AsSpan().IndexOf("MSH"u8);
        var position = start + 3;
        for (var jump = 0; jump < 8 && position >= 0; jump++)
        {
            var next = message.AsSpan(position + 1).IndexOf(separator);
            position = next < 0 ? -1 : position + 1 + next;
        }

        if (position < 0)
        {
            return message;
        }

        var end = message.AsSpan(position + 1).IndexOfAny(separator, (byte)'\r');
        var stop = end < 0 ? message.Length : position + 1 + end;
        return [.. message.AsSpan(0, position + 1), .. Encoding.ASCII.GetBytes(controlId), .. message.AsSpan(stop)];
    }
}
