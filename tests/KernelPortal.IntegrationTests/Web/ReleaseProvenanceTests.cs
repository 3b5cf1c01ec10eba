using KernelPortal.Core.Demo;
using KernelPortal.Core.Markdown;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Web;

/// <summary>Release pages tell readers where dates and figures come from in sentences, never in source codes.</summary>
public class ReleaseProvenanceTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/releases/3.19", "Freigabedatum aus", "Zahlen aus der Statistik-Tabelle des Kernel-Logs von heise.")]
    [InlineData("/en/releases/3.19", "Release date from", "Figures from the statistics table of heise's Kernel-Log.")]
    [InlineData("/releases/6.12", "Freigabedatum aus", "Termine der Vorabversionen aus")]
    // The statistics table names its column as the sentence names the source, not by the spreadsheet's name.
    [InlineData("/releases/4.0", "Freigabedatum aus", ">Kernel-Chronik</th>")]
    [InlineData("/en/releases/4.0", "Release date from", ">Kernel history</th>")]
    public async Task The_release_page_says_where_its_facts_come_from_in_sentences(string path, string dateSentence, string otherSentence)
    {
        await using (var db = Database.CreateContext())
        {
            await new DemoContentSeeder(db, new MarkdownRenderer(), TimeProvider.System).SeedAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var html = System.Net.WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync(path, Ct));

        Assert.Contains(dateSentence, html, StringComparison.Ordinal);
        Assert.Contains(otherSentence, html, StringComparison.Ordinal);
        Assert.DoesNotContain("release=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("UNVERIFIED", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rc1=", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">kernel-history<", html, StringComparison.Ordinal);
    }
}
