using KernelPortal.UnitTests.Media;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KernelPortal.BrowserTests;

public class CmsFlowTests(PortalSite site)
{
    private static readonly LocatorAssertionsToHaveTextOptions Patiently = new() { Timeout = 15_000 };

    private static readonly LocatorAssertionsToContainTextOptions PatientlyContains = new() { Timeout = 15_000 };

    // Autosave may store the text before the Save button does, so any acknowledged revision counts.
    private static readonly System.Text.RegularExpressions.Regex SavedState = new(@"^Saved( automatically)? \d\d:\d\d:\d\d \(Berlin\) · revision \d+$");

    private string Url(string path) => new Uri(site.BaseUri, path).AbsoluteUri;

    /// <summary>Console errors of every page this test opened: CSP violations, failed circuits, script errors.</summary>
    private readonly List<string> _consoleErrors = [];

    private async Task<IPage> NewPageAsync(int width = 1400, int height = 1000)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _consoleErrors.Add(message.Text);
            }
        };
        return page;
    }

    private Task LogInAsync(IPage page, string email) => site.LogInAsync(page, email);

    private static Task WaitUntilInteractiveAsync(IPage page) => PortalSite.WaitUntilEditorInteractiveAsync(page);

    [Fact]
    public async Task An_author_writes_and_submits_an_article_an_editor_publishes_it_and_readers_find_it()
    {
        const string title = "Was 7.3 bringt: Browser-Test";
        var page = await NewPageAsync();

        // The author writes in Markdown and sees the preview as readers will.
        await LogInAsync(page, PortalSite.AuthorEmail);
        await page.ClickAsync("text=New article");
        await PortalSite.ArrivedAsync(page, "/admin/articles/new$");
        await WaitUntilInteractiveAsync(page);
        await page.FillAsync("#title", title);
        await page.FillAsync("#lead", "Ein Artikel aus dem Browser-Test.");
        await page.FillAsync("#body", "## Dateisysteme\n\nBtrfs wird **schneller**.\n\n- erstens\n- zweitens");
        // A complete article, IOW box included: the browser tests share one site, and the reader tests expect the
        // newest article on the front page to have one.
        await page.FillAsync("#iow", "Btrfs wird schneller.");
        var preview = page.Locator(".editor-preview");
        await Expect(preview.Locator("h1")).ToHaveTextAsync(title, Patiently);
        await Expect(preview.Locator(".body strong")).ToHaveTextAsync("schneller", Patiently);
        Assert.Equal(2, await preview.Locator("li").CountAsync());
        await Expect(preview.Locator("h2#dateisysteme")).ToHaveCountAsync(1);
        await Expect(preview.Locator(".iow")).ToContainTextAsync("Btrfs wird schneller.");
        // The form fits the window (the hidden file input once stretched past it), and a tag's checkbox sits beside its name.
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, "the editor scrolls sideways");
        var checkbox = await page.Locator(".editor-tags input[type=checkbox]").First.BoundingBoxAsync();
        Assert.True(checkbox is { Width: < 40 }, $"a tag's checkbox is {checkbox?.Width} px wide");
        if (Environment.GetEnvironmentVariable("KERNELPORTAL_SCREENSHOTS") == "1")
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, "cms-editor.png") });
        }

        await page.ClickAsync("button:text-is('Save')");
        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(SavedState, new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        Assert.Equal(0, await page.Locator("button:text-is('Publish now')").CountAsync());
        await page.ClickAsync("button:text-is('Submit for review')");
        await Expect(page.Locator(".cms-heading .status-badge")).ToHaveTextAsync("In review", Patiently);
        await page.ClickAsync(".cms-logout button");
        await PortalSite.ArrivedAsync(page, "/admin/login$");

        // The editor finds it in the list and publishes it.
        await LogInAsync(page, PortalSite.EditorEmail);
        await page.SelectOptionAsync("select >> nth=0", "InReview");
        await page.ClickAsync($"text={title}");
        await PortalSite.ArrivedAsync(page, "/admin/articles/[^/]+$");
        await WaitUntilInteractiveAsync(page);
        await page.ClickAsync("button:text-is('Publish now')");
        await Expect(page.Locator(".cms-heading .status-badge")).ToHaveTextAsync("Published", Patiently);

        // Readers see it on the (output-cached) front page and in the feed at once.
        var reader = await NewPageAsync();
        await reader.GotoAsync(Url("/"));
        await Expect(reader.Locator(".teaser h3 a").First).ToHaveTextAsync(title, Patiently);
        var feed = await reader.APIRequest.GetAsync(Url("/feeds/all.atom"));
        Assert.Contains(title, await feed.TextAsync(), StringComparison.Ordinal);
        await reader.ClickAsync($"text={title}");
        await Expect(reader.Locator("article .body strong")).ToHaveTextAsync("schneller", Patiently);
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task Taking_a_live_article_off_the_site_or_restoring_an_old_revision_asks_first()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.EditorEmail);
        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);
        // A complete article (IOW box included): while it is live, the reader tests may see it on the front page.
        await page.FillAsync("#title", "Bestätigung vor dem Zurückziehen");
        await page.FillAsync("#lead", "Erst fragen, dann handeln.");
        await page.FillAsync("#body", "Erste Fassung.");
        await page.FillAsync("#iow", "Live-Artikel werden nicht versehentlich zurückgezogen.");
        await page.ClickAsync("button:text-is('Save')");
        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(SavedState, new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        await page.FillAsync("#body", "Zweite Fassung.");
        await page.ClickAsync("button:text-is('Publish now')");
        await Expect(page.Locator(".cms-heading .status-badge")).ToHaveTextAsync("Published", Patiently);

        // Unpublishing: a question first, Cancel leaves the article live.
        await Expect(page.Locator(".editor-actions")).ToContainTextAsync("Back to draft", PatientlyContains);
        await page.ClickAsync("button:text-is('Back to draft')");
        await Expect(page.Locator(".cms-confirm")).ToContainTextAsync("This article is live on the site", PatientlyContains);
        await page.ClickAsync(".cms-confirm button:text-is('Cancel')");
        await Expect(page.Locator(".cms-confirm")).ToHaveCountAsync(0);
        Assert.Equal("Published", await page.Locator(".cms-heading .status-badge").InnerTextAsync());

        // Restoring revision 1 of the live article: a question first as well, then it is done.
        // The article's own address, taken from its revisions link (the page's address is checked by the autosave test).
        var editorUrl = Url((await page.GetAttributeAsync("a:text-is('Revisions')", "href"))!.Replace("/revisions", "", StringComparison.Ordinal));
        await page.ClickAsync("text=Revisions");
        await PortalSite.ArrivedAsync(page, "/revisions$");
        await page.Locator("tr:has(td:text-is('1')) button:text-is('Restore')").ClickAsync();
        await Expect(page.Locator(".cms-confirm")).ToContainTextAsync("restoring revision 1 replaces the text readers see now", PatientlyContains);
        await page.ClickAsync(".cms-confirm button.primary");
        await Expect(page.Locator("[role=alert]").First).ToContainTextAsync("Revision 1 restored", PatientlyContains);

        // And now really back to draft.
        await page.GotoAsync(editorUrl);
        await WaitUntilInteractiveAsync(page);
        await Expect(page.Locator(".cms-heading .status-badge")).ToHaveTextAsync("Published", Patiently);
        await Expect(page.Locator("#body")).ToHaveValueAsync("Erste Fassung.");
        await Expect(page.Locator(".editor-actions")).ToContainTextAsync("Back to draft", PatientlyContains);
        await page.ClickAsync("button:text-is('Back to draft')");
        await page.ClickAsync(".cms-confirm button.primary");
        await Expect(page.Locator(".cms-heading .status-badge")).ToHaveTextAsync("Draft", Patiently);
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task Scheduling_takes_the_newsroom_s_wall_clock_time_and_stores_the_instant()
    {
        const string title = "Geplant um acht";
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.EditorEmail);
        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);
        await page.FillAsync("#title", title);
        await page.FillAsync("#body", "Erscheint morgens.");

        // Eight in the morning in Berlin, in winter: seven o'clock UTC.
        await page.FillAsync("input[type=datetime-local]", "2030-01-15T08:00");
        await page.ClickAsync("button:text-is('Schedule (Berlin)')");
        await Expect(page.Locator(".cms-heading .status-badge")).ToHaveTextAsync("Scheduled", Patiently);

        var stored = await site.ScalarAsync<DateTime>("SELECT publish_at FROM articles WHERE title = $1", title);
        Assert.Equal(new DateTime(2030, 1, 15, 7, 0, 0, DateTimeKind.Utc), stored.ToUniversalTime());
        await page.GotoAsync(Url("/admin/articles"));
        await Expect(page.Locator($"tr:has-text('{title}') small")).ToHaveTextAsync("2030-01-15 08:00 (Berlin)", Patiently);
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task Autosave_says_it_saved_and_gives_a_new_article_its_own_address()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.AuthorEmail);
        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);

        // Typing, then nothing: no click on Save.
        await page.FillAsync("#title", "Von selbst gespeichert");
        await page.FillAsync("#body", "Der Text ist sicher.");

        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Saved automatically \d\d:\d\d:\d\d \(Berlin\) · revision 1$"), new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        await Expect(page.Locator(".cms-heading h1")).ToHaveTextAsync("Edit article");
        await Expect(page.Locator("button:text-is('Submit for review')")).ToBeVisibleAsync();
        Assert.Matches(@"/admin/articles/\d+$", page.Url);

        // F5 reopens the article, not an empty form.
        await page.ReloadAsync();
        await WaitUntilInteractiveAsync(page);
        await Expect(page.Locator("#title")).ToHaveValueAsync("Von selbst gespeichert");
        await Expect(page.Locator("#body")).ToHaveValueAsync("Der Text ist sicher.");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task Leaving_with_unsaved_text_asks_first_and_staying_keeps_the_text()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.AuthorEmail);
        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);
        await page.FillAsync("#title", "Nicht verlieren");
        await page.ClickAsync("button:text-is('Save')");
        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(SavedState, new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        var editorUrl = page.Url;
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };

        // Typing and clicking "Articles" at once, well before autosave: the browser asks, and staying keeps the text.
        await page.ClickAsync("#body");
        await page.Keyboard.TypeAsync("Gerade getippt.");
        await page.ClickAsync(".cms-bar nav a:text-is('Articles')");
        Assert.Single(dialogs, d => d.StartsWith("confirm: There are unsaved changes", StringComparison.Ordinal));
        Assert.Equal(editorUrl, page.Url);
        await Expect(page.Locator("#body")).ToHaveValueAsync("Gerade getippt.");

        // Closing the tab asks too (beforeunload); dismissing keeps the page open.
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        await Expect(page.Locator("#body")).ToHaveValueAsync("Gerade getippt.");
        Assert.Contains(dialogs, d => d.StartsWith("beforeunload", StringComparison.Ordinal));

        // Once the text is stored (autosave's revision 2), leaving asks nothing.
        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"revision 2$"), new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        var asked = dialogs.Count;
        await page.ClickAsync(".cms-bar nav a:text-is('Articles')");
        Assert.True(asked == dialogs.Count, string.Join(" | ", dialogs));
        // Blazor's enhanced navigation changes the address without a load event: poll the address.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/articles$"), new PageAssertionsToHaveURLOptions { Timeout = 15_000 });
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_save_while_the_database_is_away_says_so_keeps_the_text_and_the_save_after_it_is_back_stores_it()
    {
        const string text = "Geschrieben, während die Datenbank weg war.";
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.AuthorEmail);
        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);
        await page.FillAsync("#title", "Trotz Ausfall");
        await page.ClickAsync("button:text-is('Save')");
        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(SavedState, new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/articles/\d+$"));
        var id = int.Parse(page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        await site.DatabaseLink.WhileCutAsync(async () =>
        {
            await page.FillAsync("#body", text);
            await page.ClickAsync("button:text-is('Save')");

            // The save waits out the execution strategy's retries (a few seconds with the site's Database:MaxRetries;
            // twice that if an autosave took its turn first) and then says so; the circuit lives on with the text (it
            // ended, and took the text with it, when the strategy's give-up went uncaught).
            try
            {
                await Expect(page.Locator("p.cms-error[role=alert]")).ToContainTextAsync("the database did not answer", new LocatorAssertionsToContainTextOptions { Timeout = 90_000 });
            }
            catch (PlaywrightException ex)
            {
                // What the server did meanwhile (an unhandled exception in the circuit shows there).
                throw new InvalidOperationException($"no message about the database; web host log:\n{PortalSite.RecentLog}", ex);
            }

            await Expect(page.Locator("#body")).ToHaveValueAsync(text);
            await Expect(page.Locator(".editor-page[data-interactive=true]")).ToHaveCountAsync(1);
            await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        });

        await page.ClickAsync("button:text-is('Save')");
        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(SavedState, new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        Assert.Equal(text, await site.ScalarAsync<string>("SELECT body_markdown FROM articles WHERE id = $1", id));
    }

    [Fact]
    public async Task A_form_saved_while_the_database_is_away_says_so_and_keeps_what_was_entered()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.EditorEmail);
        await page.GotoAsync(Url("/admin/tags"));
        await page.Locator(".cms-heading[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await page.ClickAsync("button:text-is('New tag')");
        var card = page.Locator("section.cms-card");
        await card.GetByLabel("Slug").FillAsync("ausfall");
        await card.GetByLabel("Name (German)").FillAsync("Ausfall");
        await card.GetByLabel("Name (English)").FillAsync("Outage");

        await site.DatabaseLink.WhileCutAsync(async () =>
        {
            await page.ClickAsync("section.cms-card button:text-is('Save')");

            // After the execution strategy's retries (PortalSite sets two) the page says so; the circuit and the form
            // live on.
            await Expect(page.Locator("p.cms-error[role=alert]")).ToContainTextAsync("Nothing changed: the database did not answer", new LocatorAssertionsToContainTextOptions { Timeout = 60_000 });
            await Expect(card.GetByLabel("Name (English)")).ToHaveValueAsync("Outage");
            await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        });

        await page.ClickAsync("section.cms-card button:text-is('Save')");
        await Expect(page.Locator("table.cms-table")).ToContainTextAsync("Outage", PatientlyContains);
        Assert.Equal(1L, await site.ScalarAsync<long>("SELECT count(*) FROM feature_tags WHERE slug = 'ausfall'"));
    }

    [Fact]
    public async Task The_prerendered_editor_takes_no_typing_until_its_circuit_is_up()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.EditorEmail);
        var article = await site.ScalarAsync<int>("SELECT min(id) FROM articles");
        var title = await site.ScalarAsync<string>($"SELECT title FROM articles WHERE id = {article}");
        // The prerender shows the article; its circuit starts only when the test lets it.
        var start = new TaskCompletionSource();
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await start.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(Url($"/admin/articles/{article}"));

        // What is typed now would be replaced by the circuit's first render: the fields take nothing and say why.
        await Expect(page.Locator("#title")).ToHaveValueAsync(title);
        foreach (var field in new[] { "#title", "#slug", "#lead", "#body", "#iow", "button:text-is('Save')" })
        {
            Assert.True(await page.Locator(field).EvaluateAsync<bool>("e => e.matches(':disabled')"), $"{field} takes input before the circuit is up");
        }

        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync("Connecting…");

        start.SetResult();
        await WaitUntilInteractiveAsync(page);
        await Expect(page.Locator("#title")).ToBeEditableAsync(new LocatorAssertionsToBeEditableOptions { Timeout = 15_000 });
        await Expect(page.Locator(".cms-save-state")).Not.ToHaveTextAsync("Connecting…");
        await page.FillAsync("#title", title + " (bearbeitet)");
        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync("Unsaved changes", Patiently);
    }

    // The list pages carry their prerendered rows into the circuit (the next test) and do not ask the database as it
    // starts; the editor and the revisions page load as their circuit starts.
    [Theory]
    [InlineData("/admin/articles/{article}", "a:text-is('Back to the articles')", "form.cms-filters")]
    public async Task A_page_whose_circuit_starts_while_the_database_is_away_says_so_and_keeps_its_circuit(string path, string control, string afterClick)
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.EditorEmail);
        var article = await site.ScalarAsync<int>("SELECT min(id) FROM articles");
        // The prerender loads the page with the database there; its circuit starts only once the link is cut.
        var cut = new TaskCompletionSource();
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await cut.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(Url(path.Replace("{article}", article.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));

        await site.DatabaseLink.WhileCutAsync(async () =>
        {
            cut.SetResult();
            // After the execution strategy's retries (PortalSite sets two) the page says so, and its circuit lives on.
            await Expect(page.Locator("p.cms-error[role=alert]")).ToContainTextAsync("This page could not be loaded: the database did not answer", new LocatorAssertionsToContainTextOptions { Timeout = 60_000 });
            await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            // Nothing was loaded, so nothing says the list is empty ("No rule yet").
            await Expect(page.Locator(".cms-empty")).ToHaveCountAsync(0);
        });

        // The circuit still answers: the page's own control works once the database is back.
        await page.ClickAsync(control);
        await page.Locator(afterClick).WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
    }

    [Theory]
    [InlineData("/admin/tags", PortalSite.EditorEmail, "section.cms-card")]
    [InlineData("/admin/series", PortalSite.EditorEmail, "section.cms-card")]
    [InlineData("/admin/releases", PortalSite.EditorEmail, "tr.editing")]
    [InlineData("/admin/people", PortalSite.EditorEmail, "#rule-email")]
    [InlineData("/admin/users", PortalSite.AdminEmail, "")]
    [InlineData("/admin/media", PortalSite.EditorEmail, "[role=alertdialog]")]
    [InlineData("/admin/ingestion", PortalSite.EditorEmail, "")]
    public async Task A_list_page_carries_its_prerendered_rows_into_the_circuit_without_asking_the_database_again(string path, string email, string afterClick)
    {
        var page = await NewPageAsync();
        await LogInAsync(page, email);
        var media = path == "/admin/media";
        // A row's "Edit" (an unused image's "Delete") is what the circuit must answer from the carried row.
        var (ready, rows, control) = media
            ? (".image-uploader[data-interactive=true]", page.Locator("ul.media-grid li"), "button:text-is('Delete')")
            : path == "/admin/ingestion"
                ? ("div[data-interactive=true]", page.Locator("table.cms-table tbody tr"), "")
                : (".cms-heading[data-interactive=true]", page.Locator("table.cms-table tbody tr"), "button:text-is('Edit')");
        const string ruleEmail = "getragen@example.org";
        // The demo content has no address rule, no image and no pass: one is added first.
        if (path == "/admin/people")
        {
            await page.GotoAsync(Url(path));
            await page.Locator(ready).WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
            await page.FillAsync("#rule-email", ruleEmail);
            await page.FillAsync("#rule-employer", "Beispiel GmbH");
            await page.ClickAsync("button:text-is('Save rule')");
            await Expect(page.Locator("table.cms-table")).ToContainTextAsync(ruleEmail, PatientlyContains);
        }
        else if (media)
        {
            await page.GotoAsync(Url(path));
            await page.Locator(ready).WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
            await page.SetInputFilesAsync("#image-file", new FilePayload { Name = "getragen.png", MimeType = "image/png", Buffer = TestImages.Png(320, 160) });
            await page.FillAsync("#image-alt", "Getragen");
            await page.ClickAsync("#image-upload");
            await Expect(page.Locator(".media-item", new PageLocatorOptions { HasText = "getragen.png" })).ToContainTextAsync("not used", PatientlyContains);
            rows = page.Locator(".media-item", new PageLocatorOptions { HasText = "getragen.png" });
        }
        else if (path == "/admin/ingestion")
        {
            // A pass as the worker records one (starting one here would need the database while it is cut).
            await site.ScalarAsync<long>(
                "INSERT INTO ingestion_runs (trigger, started_at, finished_at, outcome, items_seen, items_new, items_failed, errors, warnings) "
                + "VALUES ('worker', now() - interval '1 minute', now(), 'Succeeded', 3, 1, 0, '{}', '{}') RETURNING id");
        }

        // The prerender lists the rows with the database there; the circuit starts only once the link is cut.
        var cut = new TaskCompletionSource();
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await cut.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(Url(path));
        var prerendered = await rows.AllInnerTextsAsync();
        Assert.True(prerendered.Count > 0, $"{path} lists no rows");

        await site.DatabaseLink.WhileCutAsync(async () =>
        {
            cut.SetResult();
            await page.Locator(ready).WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
            // The circuit's first render is the prerendered list: the same rows, no failure.
            Assert.Equal(prerendered, await rows.AllInnerTextsAsync());
            await Expect(page.Locator("p.cms-error")).ToHaveCountAsync(0);
            await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();

            // The circuit answers the row's control right away, from the carried row.
            if (afterClick.Length > 0)
            {
                await rows.First.Locator(control).ClickAsync();
                await page.Locator(afterClick).WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
                if (path == "/admin/people")
                {
                    await Expect(page.Locator("#rule-email")).ToHaveValueAsync(ruleEmail);
                }
            }
        });
    }

    [Fact]
    public async Task The_article_list_carries_its_prerendered_rows_into_the_circuit_without_asking_the_database_again()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.EditorEmail);
        // The prerender lists the articles with the database there; the circuit starts only once the link is cut.
        var cut = new TaskCompletionSource();
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await cut.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(Url("/admin/articles"));
        var prerendered = await page.Locator("table.cms-table tbody a").AllTextContentsAsync();
        Assert.True(prerendered.Count > 1, $"the demo content lists {prerendered.Count} articles");

        await site.DatabaseLink.WhileCutAsync(async () =>
        {
            cut.SetResult();
            await page.Locator("form.cms-filters[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
            // The circuit's first render is the prerendered list: no "Loading…", no failure, the same rows.
            Assert.Equal(prerendered, await page.Locator("table.cms-table tbody a").AllTextContentsAsync());
            await Expect(page.Locator("p.cms-error")).ToHaveCountAsync(0);
            await Expect(page.GetByText("Loading…")).ToHaveCountAsync(0);
            await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        });

        // A click on an article right away opens it.
        await page.Locator("table.cms-table tbody a").First.ClickAsync();
        await PortalSite.ArrivedAsync(page, "/admin/articles/[^/]+$");
        await Expect(page.Locator("#title")).ToHaveValueAsync(prerendered[0], new LocatorAssertionsToHaveValueOptions { Timeout = 15_000 });

        // Back in the list by the menu (an enhanced navigation in the same circuit), an article saved meanwhile is there:
        // what the circuit takes over is this page's prerender, never the first one's.
        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);
        const string title = "Gerade gespeichert: Liste nach dem Speichern";
        await page.FillAsync("#title", title);
        await page.ClickAsync("button:text-is('Save')");
        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(SavedState, new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        await page.ClickAsync("nav a[href='/admin/articles']");
        await PortalSite.ArrivedAsync(page, "/admin/articles$");
        // Looked for by its title, not as the first row: an editor another test left open autosaves after its page
        // closed (its circuit outlives the tab) and may well be newer.
        var saved = page.Locator("table.cms-table tbody a", new PageLocatorOptions { HasText = title });
        await Expect(saved).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await page.Locator("form.cms-filters[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await Expect(saved).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_article_list_filtered_while_the_database_is_away_says_so_and_filters_again_once_it_is_back()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.EditorEmail);
        await page.GotoAsync(Url("/admin/articles"));
        await page.Locator("form.cms-filters[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var rows = await page.Locator("table.cms-table tbody tr").CountAsync();
        Assert.True(rows > 1, $"the demo content lists {rows} articles");

        await site.DatabaseLink.WhileCutAsync(async () =>
        {
            await page.Locator("form.cms-filters input[type=search]").FillAsync("Live Patching");
            await page.Locator("form.cms-filters input[type=search]").PressAsync("Enter");
            await Expect(page.Locator("p.cms-error[role=alert]")).ToContainTextAsync("The list could not be loaded", new LocatorAssertionsToContainTextOptions { Timeout = 60_000 });
            await Expect(page.Locator("table.cms-table tbody tr")).ToHaveCountAsync(rows);
            await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        });

        await page.Locator("form.cms-filters input[type=search]").PressAsync("Enter");
        await Expect(page.Locator("p.cms-error[role=alert]")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        Assert.True(await page.Locator("table.cms-table tbody tr").CountAsync() < rows, "the filter narrowed the list once the database was back");
    }

    [Fact]
    public async Task The_login_page_rejects_a_wrong_password_with_a_message()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(Url("/admin/login"));
        await page.FillAsync("#email", PortalSite.EditorEmail);
        await page.FillAsync("#password", "falsch-Falsch-123");
        await page.ClickAsync("button[type=submit]");

        await Expect(page.Locator(".cms-error")).ToHaveTextAsync("E-mail or password is wrong.", Patiently);
    }

    [Fact]
    public async Task Two_editors_on_one_article_see_each_other_and_the_second_save_becomes_a_conflict_to_merge()
    {
        var anna = await NewPageAsync();
        var bernd = await NewPageAsync();
        await LogInAsync(anna, PortalSite.EditorEmail);
        await LogInAsync(bernd, PortalSite.SecondEditorEmail);
        await anna.GotoAsync(Url("/admin/articles"));
        var href = await anna.Locator("table.cms-table a").First.GetAttributeAsync("href");
        await anna.GotoAsync(Url(href!));
        await bernd.GotoAsync(Url(href!));
        await WaitUntilInteractiveAsync(anna);
        await WaitUntilInteractiveAsync(bernd);

        await Expect(anna.Locator(".cms-presence")).ToContainTextAsync("chefredaktion", new LocatorAssertionsToContainTextOptions { Timeout = 20_000 });
        await Expect(bernd.Locator(".cms-presence")).ToContainTextAsync("redaktion", new LocatorAssertionsToContainTextOptions { Timeout = 20_000 });

        await anna.FillAsync("#lead", "Annas neuer Vorspann.");
        await anna.ClickAsync("button:text-is('Save')");
        await Expect(anna.Locator(".cms-save-state")).ToContainTextAsync("Saved", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await bernd.FillAsync("#lead", "Bernds neuer Vorspann.");
        await bernd.ClickAsync("button:text-is('Save')");

        var conflict = bernd.Locator("section.conflict");
        await conflict.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await Expect(conflict.Locator("h2")).ToContainTextAsync("redaktion saved first");
        await Expect(conflict.Locator(".diff-deleted").First).ToContainTextAsync("Annas neuer Vorspann.");
        await Expect(conflict.Locator(".diff-inserted").First).ToContainTextAsync("Bernds neuer Vorspann.");
        await bernd.ClickAsync("button:text-is('Keep mine (theirs stays in the revisions)')");
        await Expect(bernd.Locator(".cms-save-state")).ToContainTextAsync("Saved", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        Assert.Equal(0, await bernd.Locator("section.conflict").CountAsync());

        await bernd.GotoAsync(Url(href! + "/revisions"));
        await Expect(bernd.Locator("table.revisions tbody tr").First).ToContainTextAsync("chefredaktion", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await Expect(bernd.Locator("table.revisions tbody tr").Nth(1)).ToContainTextAsync("redaktion", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await Expect(bernd.Locator("pre.diff[aria-label=Lead] .diff-deleted")).ToContainTextAsync("Annas neuer Vorspann.");
        await Expect(bernd.Locator("pre.diff[aria-label=Lead] .diff-inserted")).ToContainTextAsync("Bernds neuer Vorspann.");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_browser_that_vanishes_without_unloading_leaves_the_presence_list_within_30_seconds()
    {
        var anna = await NewPageAsync();
        var bernd = await NewPageAsync();
        await LogInAsync(anna, PortalSite.EditorEmail);
        await LogInAsync(bernd, PortalSite.SecondEditorEmail);
        // An article of this test's own: editors other tests left open on the demo articles must not show up here.
        await anna.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(anna);
        await anna.FillAsync("#title", "Wer ist noch da?");
        await anna.ClickAsync("button:text-is('Save')");
        await Expect(anna).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/articles/\d+$"), new PageAssertionsToHaveURLOptions { Timeout = 15_000 });
        await bernd.GotoAsync(anna.Url);
        await WaitUntilInteractiveAsync(bernd);
        await Expect(bernd.Locator(".cms-presence")).ToContainTextAsync("redaktion", new LocatorAssertionsToContainTextOptions { Timeout = 20_000 });

        // The renderer dies as in a crash or a killed browser: no unload handler runs, no disconnect beacon is sent,
        // and Blazor keeps the circuit for minutes in case the browser comes back.
        // Page.crash never answers (the renderer dies first), so the command is not awaited; the page's Crash event is.
        var crashed = new TaskCompletionSource();
        anna.Crash += (_, _) => crashed.TrySetResult();
        var cdp = await anna.Context.NewCDPSessionAsync(anna);
        _ = cdp.SendAsync("Page.crash").ContinueWith(t => t.Exception, TaskScheduler.Default);
        await crashed.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        await Expect(bernd.Locator(".cms-presence")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        _consoleErrors.Clear(); // the crashed page's own errors are what this test caused
    }

    [Fact]
    public async Task On_a_phone_the_lists_fit_the_screen_and_the_preview_is_one_tap_away()
    {
        var page = await NewPageAsync(375, 812);
        await LogInAsync(page, PortalSite.EditorEmail);
        foreach (var path in new[] { "/admin/articles", "/admin/tags", "/admin/series", "/admin/releases", "/admin/ingestion", "/admin/people" })
        {
            await page.GotoAsync(Url(path));
            await page.Locator("table.cms-table").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow} px wider than a 375 px screen");
        }

        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);
        await page.FillAsync("#title", "Vom Telefon");
        await page.FillAsync("#body", "Geschrieben **unterwegs**.");
        await Expect(page.Locator(".editor-preview")).ToBeHiddenAsync();

        await page.ClickAsync("#tab-preview");

        var preview = page.Locator(".editor-preview");
        await Expect(preview.Locator("strong")).ToHaveTextAsync("unterwegs", Patiently);
        var box = await preview.BoundingBoxAsync();
        Assert.True(box is { Y: < 812 }, $"the preview starts at {box?.Y} px, below a 812 px screen");
        await Expect(page.Locator("#title")).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, "the editor is wider than the screen");

        await page.ClickAsync("#tab-write");
        await Expect(page.Locator("#title")).ToHaveValueAsync("Vom Telefon");
        await Expect(page.Locator("#tab-write")).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task Images_come_in_by_button_and_by_drop_need_alt_text_and_show_sized_in_the_preview()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.AuthorEmail);
        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);
        await page.FillAsync("#title", "Mit Diagramm");
        await page.FillAsync("#body", "Einleitung.");

        // A PNG named as a JPEG is refused as soon as it is chosen.
        await page.SetInputFilesAsync("#image-file", new FilePayload { Name = "foto.jpg", MimeType = "image/jpeg", Buffer = TestImages.Png(300, 200) });
        await Expect(page.Locator("#image-error")).ToContainTextAsync("holds a PNG image", PatientlyContains);

        // The button: no alt text, no upload.
        await page.SetInputFilesAsync("#image-file", new FilePayload { Name = "diagramm.png", MimeType = "image/png", Buffer = TestImages.Png(1200, 600) });
        await Expect(page.Locator(".image-details")).ToContainTextAsync("PNG, 1,200 × 600 pixels", PatientlyContains);
        await page.ClickAsync("#image-upload");
        await Expect(page.Locator("#image-error")).ToContainTextAsync("Write the alt text first", PatientlyContains);
        await page.FillAsync("#image-alt", "Das Diagramm");
        await page.ClickAsync("#image-upload");

        var preview = page.Locator(".editor-preview");
        var first = preview.Locator("picture img[alt='Das Diagramm']");
        await Expect(first).ToHaveAttributeAsync("width", "1200", new LocatorAssertionsToHaveAttributeOptions { Timeout = 15_000 });
        await Expect(first).ToHaveAttributeAsync("height", "600");
        await Expect(page.Locator("#body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^Einleitung\.\n\n!\[Das Diagramm\]\(/media/[0-9a-f]{16}/1200x600/diagramm\.png\)\n\n$"));
        await page.WaitForFunctionAsync("() => { const i = document.querySelector(\".editor-preview picture img\"); return i && i.complete && i.naturalWidth > 0; }", null, new PageWaitForFunctionOptions { Timeout = 15_000 });

        // Drop a file on the text: it goes to the same uploader.
        await page.EvaluateAsync(
            """
            base64 => {
              const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
              const transfer = new DataTransfer();
              transfer.items.add(new File([bytes], "abgelegt.png", { type: "image/png" }));
              document.getElementById("body").dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
            }
            """,
            Convert.ToBase64String(TestImages.Png(640, 480)));
        await Expect(page.Locator(".image-details")).ToContainTextAsync("abgelegt.png", PatientlyContains);
        await page.FillAsync("#image-alt", "Abgelegt");
        await page.ClickAsync("#image-upload");
        await Expect(preview.Locator("picture img[alt='Abgelegt']")).ToHaveAttributeAsync("width", "640", new LocatorAssertionsToHaveAttributeOptions { Timeout = 15_000 });
        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(SavedState, new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });

        // Both are in the media library, ready to be used again; the page fits a phone.
        var phone = await NewPageAsync(375, 812);
        await LogInAsync(phone, PortalSite.AuthorEmail);
        await phone.GotoAsync(Url("/admin/media"));
        await Expect(phone.Locator(".media-item", new PageLocatorOptions { HasText = "diagramm.png" })).ToContainTextAsync("used in 1 article", PatientlyContains);
        await Expect(phone.Locator(".media-item", new PageLocatorOptions { HasText = "abgelegt.png" }).Locator("input")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^!\[Abgelegt\]\(/media/[0-9a-f]{16}/640x480/abgelegt\.png\)$"));
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, "the media page is wider than a phone");

        // An Editor uploads an image on the media page and deletes it again: only after confirming.
        var editor = await NewPageAsync();
        await LogInAsync(editor, PortalSite.EditorEmail);
        await editor.GotoAsync(Url("/admin/media"));
        await editor.Locator(".image-uploader[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await editor.SetInputFilesAsync("#image-file", new FilePayload { Name = "verworfen.png", MimeType = "image/png", Buffer = TestImages.Png(500, 250) });
        await editor.FillAsync("#image-alt", "Verworfen");
        await editor.ClickAsync("#image-upload");
        var discarded = editor.Locator(".media-item", new PageLocatorOptions { HasText = "verworfen.png" });
        await Expect(discarded).ToContainTextAsync("not used", PatientlyContains);
        await discarded.Locator("button:text-is('Delete')").ClickAsync();
        await discarded.Locator("button:text-is('Cancel')").ClickAsync();
        await Expect(discarded.Locator("[role=alertdialog]")).ToHaveCountAsync(0);
        await discarded.Locator("button:text-is('Delete')").ClickAsync();
        await discarded.Locator("button:text-is('Delete for good')").ClickAsync();
        await Expect(editor.Locator(".media-item", new PageLocatorOptions { HasText = "verworfen.png" })).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await Expect(editor.Locator(".cms-ok")).ToContainTextAsync("'verworfen.png' deleted.");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task An_account_writes_in_a_German_CMS_until_it_switches_to_English()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.GermanAuthorEmail);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await page.ClickAsync("text=Neuer Artikel");
        await WaitUntilInteractiveAsync(page);

        // Rendered by the circuit, not only by the first response: the circuit speaks German too.
        await page.FillAsync("#title", "Auf Deutsch");
        await page.FillAsync("#body", "Text.");
        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Automatisch gespeichert \d\d:\d\d:\d\d \(Berlin\) · Revision 1$"), new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        await Expect(page.Locator("button:text-is('Zur Prüfung einreichen')")).ToBeVisibleAsync();

        await page.ClickAsync("button[name=language][value=en]");
        await PortalSite.ArrivedAsync(page, "/admin/articles/[^/]+$");
        await WaitUntilInteractiveAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("button:text-is('Submit for review')")).ToBeVisibleAsync();
        await page.ClickAsync("button[name=language][value=de]");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de", new LocatorAssertionsToHaveAttributeOptions { Timeout = 15_000 });
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task An_editor_starts_an_ingestion_pass_and_sees_it_recorded()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.EditorEmail);
        await page.GotoAsync(Url("/admin/ingestion"));
        await page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var before = await page.Locator("table.ingestion-runs tbody tr").CountAsync();

        await page.ClickAsync("button:text-is('Start a pass now')");

        await Expect(page.Locator("table.ingestion-runs tbody tr")).ToHaveCountAsync(before + 1, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        var row = page.Locator("table.ingestion-runs tbody tr").First;
        await Expect(row).ToContainTextAsync(PortalSite.EditorEmail);
        await Expect(row.Locator(".run-outcome")).ToHaveTextAsync("Succeeded", Patiently);
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_long_article_of_48_KB_is_edited_and_saved_without_losing_the_circuit()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.EditorEmail);
        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);
        var body = string.Concat(Enumerable.Range(1, 700).Select(i => $"Absatz {i}: Der Kernel wird mit jeder Version ein wenig schneller.\n\n"));

        await page.FillAsync("#title", "Ein sehr langer Artikel");
        await page.FillAsync("#body", body);
        await Expect(page.Locator(".editor-preview p").Last).ToContainTextAsync("Absatz 700", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await page.ClickAsync("button:text-is('Save')");

        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(SavedState, new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        Assert.True(body.Length > 45_000, "the text must be longer than SignalR's default 32 KB message limit");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_200_KB_paste_reaches_the_preview_and_survives_an_immediate_reload()
    {
        var page = await NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync(); // the leave guard's question on reload: leave
        await LogInAsync(page, PortalSite.EditorEmail);
        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);
        await page.FillAsync("#title", "Zweihundert Kilobyte");
        await page.ClickAsync("button:text-is('Save')");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/articles/\d+$"), new PageAssertionsToHaveURLOptions { Timeout = 15_000 });
        var pasted = string.Concat(Enumerable.Range(1, 3000).Select(i => $"Absatz {i}: Der Kernel wird mit jeder Version ein wenig schneller.\n\n"));
        Assert.True(pasted.Length > 200_000, $"the text is {pasted.Length} characters");

        // A paste is one input event with the whole text (set here as the paste leaves it: Playwright's FillAsync types
        // 200 KB through the editing pipeline, which takes headless Chromium about a minute on any textarea, with or
        // without this portal); then typing goes on at its end, key by key.
        await page.EvaluateAsync("""
            text => {
              const body = document.getElementById('body');
              body.focus();
              body.value = text;
              body.setSelectionRange(text.length, text.length);
              body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
            }
            """, pasted);
        await page.Keyboard.TypeAsync("Ende.");
        await Expect(page.Locator(".editor-preview p").Last).ToHaveTextAsync("Ende.", new LocatorAssertionsToHaveTextOptions { Timeout = 20_000 });

        // At once, before autosave's pause has passed: what the preview showed must be stored all the same.
        await page.ReloadAsync();

        var expected = pasted + "Ende.";
        var stored = string.Empty;
        for (var attempt = 0; attempt < 20 && stored != expected; attempt++)
        {
            // The closing editor saves while the new page loads; a later load sees the committed revision.
            if (attempt > 0)
            {
                await page.ReloadAsync();
            }

            await WaitUntilInteractiveAsync(page);
            stored = await page.Locator("#body").InputValueAsync();
        }

        Assert.Equal(expected.Length, stored.Length);
        Assert.Equal(expected, stored);
    }

    [Fact]
    public async Task A_role_taken_away_while_the_editor_is_open_applies_to_the_next_action()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.DemotedEditorEmail);
        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);
        await page.FillAsync("#title", "Vor der Degradierung");
        await page.ClickAsync("button:text-is('Save')");
        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(SavedState, new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        Assert.Equal(1, await page.Locator("button:text-is('Publish now')").CountAsync());

        await site.SetRoleAsync(PortalSite.DemotedEditorEmail, KernelPortal.Core.Identity.Roles.Author);
        await page.ClickAsync("button:text-is('Publish now')");

        await Expect(page.Locator(".cms-error")).ToContainTextAsync("Only Editors may make an article Published", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await Expect(page.Locator(".cms-heading .status-badge")).ToHaveTextAsync("Draft");
    }
}
