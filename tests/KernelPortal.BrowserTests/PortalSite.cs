using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KernelPortal.Core.Data;
using KernelPortal.Core.Demo;
using KernelPortal.Core.Identity;
using KernelPortal.Core.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace KernelPortal.BrowserTests;

/// <summary>
/// The real portal for the browser: a database of its own on the test server (from KERNELPORTAL_TEST_DB) with the
/// demo content and a release in progress (<see cref="CycleInProgress"/>), the web host started as a process on a free
/// 127.0.0.1 port (reaching the database through a <see cref="DatabaseLink"/> a test can cut), and Debian's Chromium
/// via Playwright.
/// </summary>
public sealed class PortalSite : IAsyncLifetime
{
    private Process? _web;
    private string _connectionString = string.Empty;
    private IPlaywright? _playwright;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The web host's connection to the database, which a test may cut and mend.</summary>
    public DatabaseLink DatabaseLink { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: docs/screenshots when KERNELPORTAL_SCREENSHOTS=1, else a temporary folder.</summary>
    public string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("KERNELPORTAL_SCREENSHOTS") == "1"
        ? Path.Combine(RepositoryRoot(), "docs", "screenshots")
        : Directory.CreateTempSubdirectory("kernelportal-screens-").FullName;

    public async ValueTask InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable("KERNELPORTAL_TEST_DB") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("KERNELPORTAL_TEST_DB is not set. Run the tests with ./scripts/test.sh.");
        var connectionString = await CreateDatabaseAsync(server);
        _connectionString = connectionString;
        await SeedAsync(connectionString);

        var direct = new NpgsqlConnectionStringBuilder(connectionString);
        DatabaseLink = new DatabaseLink(direct.Host ?? "127.0.0.1", direct.Port);
        var linked = new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = DatabaseLink.Port }.ConnectionString;

        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        _web = StartWeb(linked, BaseUri);
        await WaitUntilHealthyAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Debian's Chromium here and in CI; KERNELPORTAL_CHROMIUM points elsewhere (GitHub's runners ship Chrome). Never a downloaded browser.
            ExecutablePath = Environment.GetEnvironmentVariable("KERNELPORTAL_CHROMIUM") is { Length: > 0 } browser ? browser : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_web is { HasExited: false })
        {
            _web.Kill(entireProcessTree: true);
            await _web.WaitForExitAsync();
        }

        _web?.Dispose();
        if (DatabaseLink is not null)
        {
            await DatabaseLink.DisposeAsync();
        }
    }

    private static async Task<string> CreateDatabaseAsync(string server)
    {
        const string name = "kernelportal_browser";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static async Task SeedAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDatabase.Configure(options, connectionString).AddInterceptors(new AuditingInterceptor(TimeProvider.System));
        await using var db = new PortalDbContext(options.Options);
        await db.Database.MigrateAsync();
        await new DemoContentSeeder(db, new MarkdownRenderer(), TimeProvider.System).SeedAsync(CancellationToken.None);
        await CycleInProgress.SeedAsync(connectionString, TimeProvider.System.GetUtcNow());

        // The CMS accounts the browser tests log in with, created as kportal user add creates them.
        var services = new ServiceCollection().AddLogging().AddPortalDatabase(connectionString);
        services.AddPortalIdentity();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        foreach (var (email, role) in new[] { (AuthorEmail, Roles.Author), (EditorEmail, Roles.Editor), (SecondEditorEmail, Roles.Editor), (DemotedEditorEmail, Roles.Editor), (GermanAuthorEmail, Roles.Author), (AdminEmail, Roles.Admin) })
        {
            var (_, errors) = await accounts.CreateAsync(KernelPortal.Core.Editorial.Actor.Operator, email, email.Split('@')[0], role, Password);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(string.Join(" ", errors));
            }

            // The tests find buttons by their English names; one account keeps the default, German.
            if (email != GermanAuthorEmail)
            {
                var user = (await accounts.ListAsync()).Single(u => u.User.Email == email).User;
                await accounts.SetCmsLanguageAsync(user.Id, KernelPortal.Core.Content.Language.En);
            }
        }
    }

    /// <summary>One value from the site's database, for what a page cannot show (an instant as stored).</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Gives an account another role, as an Admin does on /admin/users.</summary>
    public async Task SetRoleAsync(string email, string role)
    {
        var services = new ServiceCollection().AddLogging().AddPortalDatabase(_connectionString);
        services.AddPortalIdentity();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var user = (await accounts.ListAsync()).Single(u => u.User.Email == email).User;
        var errors = await accounts.SetRoleAsync(KernelPortal.Core.Editorial.Actor.Operator, user.Id, role);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors));
        }
    }

    /// <summary>
    /// Waits until the browser's address matches <paramref name="pattern"/> (a regular expression), after a click or a
    /// redirect. Not WaitForURLAsync: it also waits for the new page's load event (every script, style and font), which
    /// timed out (30 s) on cold CI runs on a loaded machine — after logging in, after clicking the first article, after
    /// logging out; what a test reads next it waits for itself.
    /// </summary>
    public static Task ArrivedAsync(IPage page, string pattern) =>
        Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(pattern), new PageAssertionsToHaveURLOptions { Timeout = 30_000 });

    /// <summary>Logs the account in through the CMS's login form and waits for the dashboard.</summary>
    private static readonly System.Text.RegularExpressions.Regex DashboardAddress = new("^[^?#]*/admin/?$");

    public async Task LogInAsync(IPage page, string email)
    {
        await page.GotoAsync(new Uri(BaseUri, "/admin").AbsoluteUri);
        await ArrivedAsync(page, "/admin/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            // Logged in means the server answered the login with the dashboard: its address and its heading (the
            // address polled as ArrivedAsync does: WaitForURLAsync timed out three times here next to a parallel
            // build, with the browser already on /admin; WaitUntil = Commit did not change that).
            await Assertions.Expect(page).ToHaveURLAsync(DashboardAddress, new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
            await page.Locator("h1").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException ex)
        {
            // A login that never arrives: say where the browser stands and what the page and the server said.
            var said = await page.Locator(".cms-error, .validation-message").AllInnerTextsAsync();
            throw new TimeoutException(
                $"login as {email} did not reach /admin; the browser is at {page.Url}, the page says: [{string.Join(" | ", said)}]\nWeb host log:\n{RecentLog}", ex);
        }
    }

    /// <summary>Waits until the editor's circuit is up: typing before that would not reach the server.</summary>
    public static async Task WaitUntilEditorInteractiveAsync(IPage page) =>
        await page.Locator(".editor-page[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

    public const string AuthorEmail = "autorin@example.org";

    /// <summary>An author with the CMS in its default language, German.</summary>
    public const string GermanAuthorEmail = "deutsch@example.org";
    public const string EditorEmail = "redaktion@example.org";
    public const string SecondEditorEmail = "chefredaktion@example.org";

    /// <summary>An Admin, for the user list.</summary>
    public const string AdminEmail = "verwaltung@example.org";

    /// <summary>An Editor whom a test demotes while the account has an editor page open.</summary>
    public const string DemotedEditorEmail = "bald-autor@example.org";
    public const string Password = "Browser-Test-Passwort-1";

    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> WebLog = new();

    /// <summary>The web host's recent log lines, for failure messages.</summary>
    public static string RecentLog => string.Join('\n', WebLog.TakeLast(100));

    private static void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        WebLog.Enqueue(line);
        while (WebLog.Count > 400 && WebLog.TryDequeue(out _))
        {
        }
    }

    private static Process StartWeb(string connectionString, Uri baseUri)
    {
        // The test binaries sit in artifacts/bin/KernelPortal.BrowserTests/<config>/; the web host's in .../KernelPortal.Web/<config>/.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var web = Path.Combine(RepositoryRoot(), "artifacts", "bin", "KernelPortal.Web", configuration, "KernelPortal.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(RepositoryRoot(), "src", "KernelPortal.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(web);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUri.AbsoluteUri.TrimEnd('/'));
        start.Environment["ConnectionStrings__Portal"] = connectionString;
        start.Environment["Ingestion__Enabled"] = "false";
        // A pass started from the CMS reads no remote source here (no internet): it runs, records itself and ends.
        start.Environment["Ingestion__Lore__Enabled"] = "false";
        start.Environment["Ingestion__KernelOrg__Enabled"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // Plain http on 127.0.0.1, as ./scripts/run.sh serves it; HTTPS-only cookies are covered by the integration tests.
        start.Environment["Cms__RequireHttps"] = "false";
        // Every browser test logs in from 127.0.0.1; more than ten in a minute met the login rate limit (a 429, the
        // login never reaching /admin). The limit itself is tested in LoginTests; here it must not decide the outcome.
        start.Environment["Cms__LoginAttemptsPerMinute"] = "1000";
        // The tests of the CMS with the database away (DatabaseLink) wait for the message that comes once the retries
        // are used up: two retries (a few seconds) instead of six (about twenty) give the same message sooner. Riding
        // out a restart with the full six is tested in the integration tests.
        start.Environment["Database__MaxRetries"] = "2";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 120; i++)
        {
            if (_web!.HasExited)
            {
                throw new InvalidOperationException($"The web host exited with code {_web.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync(new Uri(BaseUri, "healthz"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The web host did not become healthy within 30 seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KernelPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KernelPortal.sln not found above the test binaries.");
    }
}
