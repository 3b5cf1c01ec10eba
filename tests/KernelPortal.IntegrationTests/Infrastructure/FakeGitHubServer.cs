using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>
/// GitHub's REST API as far as the portal uses it (commits/{ref}, compare with paging, recursive trees), on
/// 127.0.0.1, answering in GitHub's JSON shapes from a real git repository. Octokit adds "api/v3/" to any
/// base URL that is not github.com, so the routes live there.
/// </summary>
internal sealed class FakeGitHubServer : IAsyncDisposable
{
    private readonly TestRepository _repo;
    private WebApplication _app = null!;

    private FakeGitHubServer(TestRepository repo) => _repo = repo;

    public Uri BaseUri { get; private set; } = null!;

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>When set, every response body is passed through this before it is sent (the fuzz tests mangle it).</summary>
    public Func<byte[], byte[]>? Mangle { get; set; }

    /// <summary>Answer this many compare requests with an exhausted rate limit that resets a second later.</summary>
    public int RateLimitedCompares { get; set; }

    /// <summary>The clock the rate limit's reset is told by (GitHub's own is the real one).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>How far ahead of <see cref="Clock"/> an exhausted rate limit resets.</summary>
    public TimeSpan ResetAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Answer this many compare requests with 503, as GitHub does when a backend is briefly unavailable.</summary>
    public int UnavailableCompares { get; set; }

    public static async Task<FakeGitHubServer> StartAsync(TestRepository repo)
    {
        var server = new FakeGitHubServer(repo);
        (server._app, server.BaseUri) = await LocalServer.StartAsync(server.Requests, app =>
        {
            app.Use(async (context, next) =>
            {
                if (server.Mangle is not { } mangle)
                {
                    await next(context);
                    return;
                }

                var original = context.Response.Body;
                using var buffer = new MemoryStream();
                context.Response.Body = buffer;
                await next(context);
                var mangled = mangle(buffer.ToArray());
                context.Response.Body = original;
                context.Response.ContentLength = mangled.Length;
                await original.WriteAsync(mangled);
            });
            app.MapGet("/api/v3/repos/{owner}/{name}/commits/{reference}", (string reference) => server.Commit(reference));
            app.MapGet("/api/v3/repos/{owner}/{name}/compare/{basehead}", (string basehead, HttpContext context) => server.Compare(basehead, context));
            app.MapGet("/api/v3/repos/{owner}/{name}/git/trees/{sha}", (string sha) => server.Tree(sha));
        });
        return server;
    }

    private IResult Commit(string reference)
    {
        string sha;
        try
        {
            sha = _repo.Git("rev-parse", "--verify", reference + "^{commit}").Trim();
        }
        catch (InvalidOperationException)
        {
            return Results.Json(new { message = "No commit found for SHA: " + reference, documentation_url = "https://docs.github.com/rest/commits/commits#get-a-commit", status = "422" }, statusCode: 422);
        }

        return Results.Json(CommitJson(sha));
    }

    private IResult Compare(string basehead, HttpContext context)
    {
        if (UnavailableCompares > 0)
        {
            UnavailableCompares--;
            return Results.Json(new { message = "Server Error" }, statusCode: 503);
        }

        if (RateLimitedCompares > 0)
        {
            RateLimitedCompares--;
            context.Response.Headers["X-RateLimit-Limit"] = "60";
            context.Response.Headers["X-RateLimit-Remaining"] = "0";
            context.Response.Headers["X-RateLimit-Reset"] = Clock.GetUtcNow().Add(ResetAfter).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return Results.Json(new { message = "API rate limit exceeded for 127.0.0.1.", documentation_url = "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting" }, statusCode: 403);
        }

        var parts = basehead.Split("...");
        var page = int.TryParse(context.Request.Query["page"], out var p) ? p : 1;
        var perPage = int.TryParse(context.Request.Query["per_page"], out var n) ? n : 250;
        var all = _repo.Git("rev-list", "--reverse", $"{parts[0]}..{parts[1]}").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var files = new List<object>();
        var numstat = _repo.Git("diff", "--numstat", "-z", parts[0], parts[1]).Split('\0');
        for (var i = 0; i < numstat.Length; i++)
        {
            var fields = numstat[i].TrimStart('\n').Split('\t');
            if (fields.Length < 3)
            {
                continue;
            }

            // A rename comes as "added TAB deleted TAB" followed by the old and the new path.
            var renamed = fields[2].Length == 0;
            var filename = renamed ? numstat[i += 2] : fields[2];
            var additions = fields[0] == "-" ? 0 : int.Parse(fields[0], CultureInfo.InvariantCulture);
            var deletions = fields[1] == "-" ? 0 : int.Parse(fields[1], CultureInfo.InvariantCulture);
            files.Add(new { sha = "0000000000000000000000000000000000000000", filename, status = renamed ? "renamed" : "modified", additions, deletions, changes = additions + deletions, blob_url = "", raw_url = "", contents_url = "", patch = "" });
        }

        return Results.Json(new
        {
            url = "", html_url = "", permalink_url = "", diff_url = "", patch_url = "",
            base_commit = CommitJson(_repo.Git("rev-parse", parts[0] + "^{commit}").Trim()),
            merge_base_commit = CommitJson(_repo.Git("merge-base", parts[0], parts[1]).Trim()),
            status = "ahead",
            ahead_by = all.Length,
            behind_by = 0,
            total_commits = all.Length,
            commits = all.Skip((page - 1) * perPage).Take(perPage).Select(CommitJson).ToList(),
            files,
        });
    }

    private IResult Tree(string sha)
    {
        var items = _repo.Git("ls-tree", "-r", "-t", "-l", "--full-tree", sha).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var meta = line[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new { path = line[(tab + 1)..], mode = meta[0], type = meta[1], sha = meta[2], size = meta[3] == "-" ? 0 : int.Parse(meta[3], CultureInfo.InvariantCulture), url = "" };
        }).ToList();
        return Results.Json(new { sha, url = "", tree = items, truncated = false });
    }

    private object CommitJson(string sha)
    {
        // As GitHub sends it: the author and the committer as written in the commit (no .mailmap).
        var lines = _repo.Git("show", "-s", "--format=%T%n%P%n%cI%n%cn%n%ce%n%an%n%ae%n%aI%n%B", sha).Split('\n', 9);
        static string Utc(string date) => DateTimeOffset.Parse(date, CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var committer = new { name = lines[3], email = lines[4], date = Utc(lines[2]) };
        var author = new { name = lines[5], email = lines[6], date = Utc(lines[7]) };
        return new
        {
            sha,
            node_id = "C_fixture",
            url = "",
            html_url = "",
            commit = new { author, committer, message = lines[8].TrimEnd(), tree = new { sha = lines[0], url = "" }, url = "", comment_count = 0 },
            parents = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => new { sha = p, url = "" }).ToList(),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
