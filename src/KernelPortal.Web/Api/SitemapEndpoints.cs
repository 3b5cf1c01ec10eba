using System.Xml.Linq;
using KernelPortal.Core.Content.Reading;

namespace KernelPortal.Web.Api;

/// <summary><c>/sitemap.xml</c>: every public page (sitemaps.org 0.9); nothing unpublished.</summary>
internal static class SitemapEndpoints
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", async (HttpRequest request, ArticleReads reads, CancellationToken ct) =>
        {
            var root = $"{request.Scheme}://{request.Host}";
            var (articles, releases, tags, series) = await reads.SitemapAsync(ct);

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
