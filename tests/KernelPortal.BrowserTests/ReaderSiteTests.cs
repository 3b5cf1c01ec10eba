using Microsoft.Playwright;

namespace KernelPortal.BrowserTests;

public class ReaderSiteTests(PortalSite site)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "front", "/" },
        { "release", "/releases/4.0" },
        { "release-record", "/releases/6.12" }, // with "Die Prognose im Rückblick", a table that once was 7 px too wide
        { "releases", "/releases" },
        { "article", "/articles/was-4-0-bringt-1-dateisysteme-storage" },
        { "search", "/search?q=Dateisysteme" },
        { "archive", "/articles" },
        { "tags", "/tags" },
        { "series", "/series" },
    };

    private async Task<IPage> OpenAsync(string path, int width, int height)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(site.BaseUri, path).AbsoluteUri);
        Assert.True(response!.Status == 200, $"{path} answered {response.Status}. Web host log:\n{PortalSite.RecentLog}");
        return page;
    }

    [Fact]
    public async Task The_front_page_shows_the_status_and_leads_to_an_article()
    {
        var page = await OpenAsync("/", 1280, 900);

        Assert.Contains("Linux 7.2", await page.Locator(".status-box").InnerTextAsync());
        var first = page.Locator(".teaser h3 a").First;
        var title = await first.InnerTextAsync();
        await first.ClickAsync();
        await PortalSite.ArrivedAsync(page, "/articles/[^/?#]+$");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title, new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });

        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator(".iow").IsVisibleAsync());
    }

    [Fact]
    public async Task The_front_page_forecast_says_why_and_its_chart_fits_a_phone()
    {
        var page = await OpenAsync("/", 375, 812);

        var box = page.Locator(".status-box");
        Assert.Contains($"Linux {CycleInProgress.Version} erscheint voraussichtlich am", await box.InnerTextAsync());
        var reasons = box.Locator(".forecast-why li");
        Assert.True(await reasons.CountAsync() >= 2, "the forecast gives Linus' words and at least one more reason");
        Assert.Contains(CycleInProgress.Rc6Plan, await reasons.First.InnerTextAsync());
        Assert.StartsWith("https://lore.kernel.org/lkml/", await reasons.First.Locator("a[rel=external]").GetAttributeAsync("href"));
        // The candidate days' bars, drawn inside the box on a phone and tall enough to read.
        Assert.True(await box.Locator(".forecast-why rect.bar").CountAsync() >= 2);
        var chart = await box.Locator(".forecast-why svg").BoundingBoxAsync();
        var bounds = await box.BoundingBoxAsync();
        Assert.True(chart is { Width: > 150, Height: > 40 } && chart.X >= bounds!.X && chart.X + chart.Width <= bounds.X + bounds.Width,
            $"the chart ({chart?.X}, {chart?.Width} x {chart?.Height}) does not sit inside the box ({bounds?.X}, {bounds?.Width})");
    }

    [Fact]
    public async Task A_release_overview_shows_its_timeline_and_series()
    {
        var page = await OpenAsync("/releases/4.0", 1280, 900);

        Assert.Equal("Linux 4.0", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(9, await page.Locator(".timeline li").CountAsync());
        Assert.Equal(2, await page.Locator(".parts li").CountAsync());
    }

    [Fact]
    public async Task The_header_search_finds_inflected_words_and_highlights_them()
    {
        var page = await OpenAsync("/", 1280, 900);

        await page.FillAsync("#site-search", "Dateisystem");
        await page.PressAsync("#site-search", "Enter");
        await PortalSite.ArrivedAsync(page, "/search\\?q=Dateisystem$");
        await page.Locator(".hits li").First.WaitForAsync();

        Assert.True(await page.Locator(".hits li").CountAsync() >= 2);
        Assert.True(await page.Locator(".snippet mark").CountAsync() >= 1);
    }

    [Fact]
    public async Task The_releases_index_sorts_by_a_column_link()
    {
        var page = await OpenAsync("/releases", 1280, 900);

        await page.ClickAsync("thead a:has-text('Commits')");
        await PortalSite.ArrivedAsync(page, "sort=commits");
        await page.Locator("th[aria-sort='descending']").WaitForAsync();

        Assert.Equal("descending", await page.Locator("th[aria-sort='descending']").GetAttributeAsync("aria-sort"));
        Assert.Equal(4, await page.Locator("figure.chart svg").CountAsync());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Nothing_overflows_a_phone_screen(string name, string path)
    {
        var page = await OpenAsync(path, 375, 812);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, $"{name}-phone.png"), FullPage = false });

        Assert.True(overflow <= 0, $"{path} is {overflow} px wider than a 375 px screen");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Desktop_pages_render_their_main_content(string name, string path)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        Assert.Equal(200, (await page.GotoAsync(new Uri(site.BaseUri, path).AbsoluteUri))!.Status);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, $"{name}-desktop.png"), FullPage = false });

        Assert.True(await page.Locator("main").IsVisibleAsync());
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("main").InnerTextAsync()));
        Assert.Equal(0, await page.Locator("text=Diese Seite gibt es nicht").CountAsync());
        Assert.Empty(violations);
        Assert.Equal("rgb(27, 42, 53)", await page.Locator("header.masthead").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }
}
