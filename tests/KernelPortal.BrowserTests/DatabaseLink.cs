using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace KernelPortal.BrowserTests;

/// <summary>
/// The web host's way to PostgreSQL: a TCP relay on 127.0.0.1 that a test can cut (every open connection dropped, every
/// new one hung up on, as when the database server goes away) and mend again. The real server stays up for the test's
/// own checks, which connect to it directly.
/// </summary>
public sealed class DatabaseLink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly string _host;
    private readonly int _port;
    private readonly Task _accepting;
    private volatile bool _cut;

    public DatabaseLink(string host, int port)
    {
        _host = host;
        _port = port;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The port the web host connects to instead of PostgreSQL's.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The database goes away: open connections are dropped, new ones are hung up on.</summary>
    public void Cut()
    {
        _cut = true;
        foreach (var client in _open.Keys)
        {
            Drop(client);
        }
    }

    /// <summary>The database is back.</summary>
    public void Mend() => _cut = false;

    /// <summary>Runs a test's steps with the link cut, and mends it afterwards, whatever the steps did.</summary>
    public async Task WhileCutAsync(Func<Task> steps)
    {
        Cut();
        try
        {
            await steps();
        }
        finally
        {
            Mend();
        }
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                if (_cut)
                {
                    client.Dispose();
                    continue;
                }

                _ = RelayAsync(client);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        _open[client] = 0;
        _open[server] = 0;
        Task[] copies = [];
        try
        {
            await server.ConnectAsync(_host, _port, _stop.Token);
            copies =
            [
                client.GetStream().CopyToAsync(server.GetStream(), _stop.Token),
                server.GetStream().CopyToAsync(client.GetStream(), _stop.Token),
            ];
            await Task.WhenAny(copies);
        }
        catch (Exception ex) when (Gone(ex))
        {
            // The server refused, or the link was disposed.
        }
        finally
        {
            // One side went away (or the link was cut): the other goes too, and its copy ends with it.
            Drop(client);
            Drop(server);
        }

        foreach (var copy in copies)
        {
            try
            {
                await copy;
            }
            catch (Exception ex) when (Gone(ex))
            {
                // Ended by the drop above.
            }
        }
    }

    private static bool Gone(Exception ex) => ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException;

    private void Drop(TcpClient client)
    {
        _open.TryRemove(client, out _);
        client.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        foreach (var client in _open.Keys)
        {
            Drop(client);
        }

        _stop.Dispose();
    }
}
