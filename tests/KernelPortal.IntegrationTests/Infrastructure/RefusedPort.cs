using System.Net;
using System.Net.Sockets;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>A loopback port nobody listens on, for a database that cannot be reached: every connection is refused.</summary>
public static class RefusedPort
{
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A connection string to a PostgreSQL that is not there.</summary>
    public static string ConnectionString(int port) => $"Host=127.0.0.1;Port={port};Database=kernelportal;Username=postgres;Timeout=2";
}
