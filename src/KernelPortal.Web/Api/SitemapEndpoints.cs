using System.Xml.Linq;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Web.Api;

/// <summary><c>/sitemap.xml</c>: every public page (sitemaps.org 0.9); nothing unpublished.</summary>
internal static class SitemapEndpoints
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", async (HttpRequest request, PortalDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var root = $"{request.Scheme}://{request.Host}";
            var now = clock.GetUtcNow();
            var articles = await db.Articles.AsNoTracking().VisibleAt(now).Select(a => new { a.Slug, a.UpdatedAt }).ToListAsync(ct);
            var releases = await db.Releases.AsNoTracking().Select(r => r.VersionText).ToListAsync(ct);
            var tags = await db.FeatureTags.AsNoTracking().Select(t => t.Slug).ToListAsync(ct);
            var series = await db.Series.AsNoTracking().Select(s => s.Slug).ToListAsync(ct);

            XElement Url(string path, DateTimeOffset? modified = null) => new(Ns + "url",
                new XElement(Ns + "loc", root + path),
                modified is null ? null : new XElement(Ns + "lastmod", modified.Value.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

            var document = new XDocument(new XElement(Ns + "urlset",
                Url("/"),
                Url("/releases"),
                Url("/articles"),
                Url("/en/articles"),
                Url("/tags"),
                Url("/series"),
                articles.Select(a => Url($"/articles/{a.Slug}", a.UpdatedAt)),
                releases.Select(v => Url($"/releases/{v}")),
                tags.Select(t => Url($"/tags/{t}")),
                series.Select(s => Url($"/series/{s}"))));
            return Results.Text(document.Declaration + document.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8");
        });
        return endpoints;
    }
}
