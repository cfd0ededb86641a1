using System.Net;
using System.Net.Sockets;

namespace ConnectorBot.Tests.BotFramework.Replies;

/// <summary>A loopback port that was free a moment ago: nothing listens there, so every connection is refused.</summary>
internal static class DeadPort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
