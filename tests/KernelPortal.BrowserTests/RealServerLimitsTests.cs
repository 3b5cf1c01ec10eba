using System.Net.Sockets;
using System.Text;

namespace KernelPortal.BrowserTests;

/// <summary>
/// Limits that only the real server (Kestrel, started as a process) enforces: null bytes, huge request lines and
/// headers, oversized bodies. Each gets a 4xx and a log line; none reaches the app as a 500.
/// </summary>
public class RealServerLimitsTests(PortalSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Raw HTTP over a socket: HttpClient would refuse to send some of these requests at all.
    private async Task<(int Status, string Head)> SendRawAsync(string requestHead, byte[]? body = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(site.BaseUri.Host, site.BaseUri.Port, Ct);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(requestHead), Ct);
        if (body is not null)
        {
            try
            {
                await stream.WriteAsync(body, Ct);
            }
            catch (IOException)
            {
                // The server may answer and close before the whole body is sent.
            }
        }

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync(Ct) ?? string.Empty;
        return (int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), statusLine);
    }

    private string Host => $"{site.BaseUri.Host}:{site.BaseUri.Port}";

    [Fact]
    public async Task A_null_byte_in_the_path_gets_400()
    {
        var (status, _) = await SendRawAsync($"GET /releases/%00 HTTP/1.1\r\nHost: {Host}\r\nConnection: close\r\n\r\n");

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task A_huge_query_string_gets_414()
    {
        var (status, _) = await SendRawAsync($"GET /search?q={new string('a', 100_000)} HTTP/1.1\r\nHost: {Host}\r\nConnection: close\r\n\r\n");

        Assert.Equal(414, status);
    }

    [Fact]
    public async Task Huge_headers_get_431()
    {
        var (status, _) = await SendRawAsync($"GET / HTTP/1.1\r\nHost: {Host}\r\nX-Big: {new string('b', 64_000)}\r\nConnection: close\r\n\r\n");

        Assert.Equal(431, status);
    }

    [Fact]
    public async Task An_oversized_body_gets_413_and_a_log_line()
    {
        var body = new byte[3 * 1024 * 1024];
        var (status, _) = await SendRawAsync($"POST /admin/login HTTP/1.1\r\nHost: {Host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n", body);

        Assert.True(status is 413 or 400, $"status {status}");
        for (var i = 0; i < 20 && !PortalSite.RecentLog.Contains("Request body too large", StringComparison.OrdinalIgnoreCase); i++)
        {
            await Task.Delay(100, Ct);
        }

        Assert.True(PortalSite.RecentLog.Contains("Request body too large", StringComparison.OrdinalIgnoreCase), PortalSite.RecentLog);
    }

    [Fact]
    public async Task A_malformed_request_line_gets_400()
    {
        var (status, _) = await SendRawAsync("GARBAGE\r\n\r\n");

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task Path_traversal_never_serves_files_outside_the_web_root()
    {
        using var http = new HttpClient { BaseAddress = site.BaseUri };
        foreach (var path in new[] { "/css/..%2F..%2Fsrc%2FKernelPortal.Web%2Fappsettings.json", "/..%2F..%2Fetc%2Fpasswd", "/css/%2e%2e/%2e%2e/KernelPortal.sln" })
        {
            using var response = await http.GetAsync(path, Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path}: {(int)response.StatusCode}");
            Assert.DoesNotContain("ConnectionStrings", text, StringComparison.Ordinal);
            Assert.DoesNotContain("root:x:", text, StringComparison.Ordinal);
        }
    }
}
