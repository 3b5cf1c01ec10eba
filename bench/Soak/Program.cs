using System.Collections.Concurrent;
using System.Globalization;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using KernelPortal.Core.Markdown;
using KernelPortal.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Usage: Soak CONNECTION_STRING SECONDS EDITORS [WINDOW_SECONDS]
// Each editor writes its own article and saves it every 100 ms (publishing it after the first save, so every save
// also evicts the portal's caches through NOTIFY). At the end every acknowledged save must be a stored revision; the
// saves are also counted per window (default 300 s) for docs/reliability.md.
var connection = args[0];
var seconds = int.Parse(args[1], CultureInfo.InvariantCulture);
var editors = int.Parse(args[2], CultureInfo.InvariantCulture);
var window = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 300;
var started = DateTimeOffset.UtcNow;
var perWindow = new ConcurrentDictionary<int, int>();

var services = new ServiceCollection();
services.AddPortalDatabase(connection);
services.AddSingleton<MarkdownRenderer>();
services.AddSingleton(sp => new PostgresContentChangeNotifier(sp.GetRequiredService<NpgsqlDataSource>()));
services.AddSingleton<IContentChangeNotifier>(sp => sp.GetRequiredService<PostgresContentChangeNotifier>());
services.AddSingleton<ArticleEditService>();
await using var provider = services.BuildServiceProvider();
var editing = provider.GetRequiredService<ArticleEditService>();

var acknowledged = new ConcurrentBag<(int Article, int Revision, string Body)>();
var failures = 0;
var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
await Task.WhenAll(Enumerable.Range(1, editors).Select(async n =>
{
    var actor = new Actor(null, $"Soak {n}", Roles.Editor);
    var created = (EditResult.Saved)await editing.CreateAsync(new ArticleFields { Title = $"Soak-Artikel {n} {Guid.NewGuid():N}", Lead = "Dauerlauf" }, actor, CancellationToken.None);
    var published = (EditResult.Saved)await editing.TransitionAsync(created.ArticleId, ArticleStatus.Published, null, created.Token, actor, CancellationToken.None);
    var token = published.Token;
    for (var i = 0; DateTimeOffset.UtcNow < until; i++)
    {
        var body = $"Fassung {i} von Redakteur {n}.\n\n" + string.Concat(Enumerable.Repeat("Der Kernel wird schneller. ", 1 + i % 50));
        try
        {
            var result = await editing.SaveAsync(created.ArticleId, new ArticleFields { Title = $"Soak-Artikel {n} ({i})", Lead = "Dauerlauf", BodyMarkdown = body }, token, actor, CancellationToken.None);
            if (result is EditResult.Saved saved)
            {
                acknowledged.Add((created.ArticleId, saved.Revision, body));
                perWindow.AddOrUpdate((int)((DateTimeOffset.UtcNow - started).TotalSeconds / window), 1, (_, n) => n + 1);
                token = saved.Token;
            }
            else
            {
                Interlocked.Increment(ref failures);
            }
        }
        catch (Exception ex) when (ex is DbUpdateException or NpgsqlException or InvalidOperationException)
        {
            Interlocked.Increment(ref failures);
        }

        await Task.Delay(100);
    }
}));

await using var db = await provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
var stored = await db.ArticleRevisions.Where(r => acknowledged.Select(a => a.Article).Distinct().Contains(r.ArticleId))
    .Select(r => new { r.ArticleId, r.Number, r.BodyMarkdown }).ToListAsync();
var index = stored.ToDictionary(r => (r.ArticleId, r.Number), r => r.BodyMarkdown);
var missing = acknowledged.Count(a => !index.TryGetValue((a.Article, a.Revision), out var body) || body != a.Body);
foreach (var (windowIndex, count) in perWindow.OrderBy(w => w.Key))
{
    Console.WriteLine($"EDITORS window={windowIndex + 1} saves_acknowledged={count}");
}

Console.WriteLine($"EDITORS saves_acknowledged={acknowledged.Count} saves_failed={failures} acknowledged_but_missing={missing}");
return missing == 0 && failures == 0 ? 0 : 1;
