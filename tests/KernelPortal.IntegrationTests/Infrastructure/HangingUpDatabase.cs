using System.Net;
using System.Net.Sockets;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>
/// A "database" that takes every connection and hangs up at once, counting them: PostgreSQL that is away, seen by Npgsql
/// as a transient error, and a way to tell whether the portal asked it at all.
/// </summary>
public sealed class HangingUpDatabase : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _connections;

    public HangingUpDatabase()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many connections the portal has opened so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Database=kernelportal;Username=postgres;Timeout=2";

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
