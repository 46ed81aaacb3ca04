using System.Net;

namespace Chronicle.Cluster;

/// <summary>
/// How other silos and clients reach a silo: the address it advertises in the membership table (null: this host's
/// address as DNS resolves its name), the port silos talk on and the gateway port clients connect to.
/// </summary>
public sealed record SiloEndpoints(IPAddress? Address = null, int SiloPort = SiloEndpoints.DefaultSiloPort, int GatewayPort = SiloEndpoints.DefaultGatewayPort)
{
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;
}
