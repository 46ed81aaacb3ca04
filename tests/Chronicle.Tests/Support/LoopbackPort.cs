using System.Net;
using System.Net.Sockets;

namespace Chronicle.Tests.Support;

/// <summary>Free TCP ports on 127.0.0.1, for servers a test starts (the OS picks one; the race until the server binds it is accepted).</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
