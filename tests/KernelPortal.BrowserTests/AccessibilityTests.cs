using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KernelPortal.BrowserTests;

/// <summary>
/// axe-core on every public page type in both editions and on the CMS's login, list and editor: any violation of
/// WCAG 2.0/2.1 A and AA, or of axe's best practices (one <c>h1</c>, unique landmarks), fails with the rule, the
/// elements and axe's help link. And the keyboard: the CMS editor can be filled in and saved with Tab alone.
/// </summary>
public class AccessibilityTests(PortalSite site)
{
    private static readonly AxeRunOptions Rules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        // Node details only for violations: the passes' details are most of axe's result and of its time on two cores.
        ResultTypes = [ResultType.Violations],
    };

    public static TheoryData<string> PublicPages =>
    [
        "/", "/en",
        "/articles", "/en/articles", "/articles/2015", "/articles/2015/04",
        "/articles/was-4-0-bringt-1-dateisysteme-storage", "/en/articles/linux-4-0-released",
        "/releases", "/en/releases", "/releases/4.0", "/en/releases/4.0",
        "/tags", "/en/tags", "/tags/dateisysteme-storage", "/en/tags/dateisysteme-storage",
        "/series", "/en/series", "/series/was-4-0-bringt",
        "/search?q=Dateisystem", "/en/search?q=scheduler", "/search",
        "/gibt-es-nicht", "/en/articles/gibt-es-nicht",
    ];

    private string Url(string path) => new Uri(site.BaseUri, path).AbsoluteUri;

    private async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    private static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(Rules);
        var found = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {v.HelpUrl}\n" + string.Join('\n', v.Nodes.Take(5).Select(n => "    " + n.Html)));
        Assert.True(result.Violations.Length == 0, $"{what}: {result.Violations.Length} axe violation(s)\n{string.Join('\n', found)}");
        // Guard: axe really ran its rules on this page (an injection that silently failed would pass every page).
        Assert.True(result.Passes.Length > 10, $"{what}: axe reported only {result.Passes.Length} passing rules");
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Every_public_page_type_passes_axe(string path)
    {
        var page = await NewPageAsync();
        var response = await page.GotoAsync(Url(path));
        Assert.True(response!.Status is 200 or 404, $"{path} answered {response.Status}");

        await AssertNoViolationsAsync(page, path);
    }

    [Fact]
    public async Task The_phone_layout_of_the_front_page_passes_axe()
    {
        var page = await NewPageAsync(375, 812);
        await page.GotoAsync(Url("/"));

        await AssertNoViolationsAsync(page, "/ at 375 px");
    }

    [Fact]
    public async Task The_cms_login_list_and_editor_pass_axe()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/admin/login"));
        await AssertNoViolationsAsync(page, "/admin/login");

        await LogInAsync(page, PortalSite.EditorEmail);
        await AssertNoViolationsAsync(page, "/admin");

        await page.GotoAsync(Url("/admin/articles"));
        await AssertNoViolationsAsync(page, "/admin/articles");

        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);
        await AssertNoViolationsAsync(page, "/admin/articles/new");

        await page.GotoAsync(Url("/admin/media"));
        await page.Locator(".cms-filters").WaitForAsync();
        await AssertNoViolationsAsync(page, "/admin/media");

        await page.GotoAsync(Url("/admin/articles"));
        // The circuit takes over the prerendered list (persistent component state), so a click on it right away holds.
        await page.ClickAsync(".cms-table a >> nth=0");
        await PortalSite.ArrivedAsync(page, "/admin/articles/[^/]+$");
        await WaitUntilInteractiveAsync(page);
        await AssertNoViolationsAsync(page, "an article in the editor");
    }

    [Fact]
    public async Task An_article_is_written_and_saved_with_the_keyboard_alone()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.AuthorEmail);
        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);

        // From the top of the page, Tab until the title field has the focus, checking on the way that every element
        // the focus lands on is on screen and shows a focus ring.
        await page.Locator("body").FocusAsync();
        await TabToAsync(page, "title");
        await page.Keyboard.TypeAsync("Mit der Tastatur geschrieben");
        await TabToAsync(page, "lead");
        await page.Keyboard.TypeAsync("Ohne Maus.");
        await TabToAsync(page, "body");
        await page.Keyboard.TypeAsync("Nur **Tab** und Enter.");
        var save = await TabToAsync(page, null, "Save");
        Assert.Equal("BUTTON", save);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".cms-save-state")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Saved( automatically)? \d\d:\d\d:\d\d \(Berlin\) · revision \d+$"),
            new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        await Expect(page.Locator(".editor-preview h1")).ToHaveTextAsync("Mit der Tastatur geschrieben");
    }

    [Fact]
    public async Task Save_errors_are_summarised_by_the_button_tied_to_their_fields_and_pass_axe()
    {
        var page = await NewPageAsync();
        await LogInAsync(page, PortalSite.AuthorEmail);
        await page.GotoAsync(Url("/admin/articles/new"));
        await WaitUntilInteractiveAsync(page);

        await page.FillAsync("#title", "Ein Artikel mit zu langem Slug");
        await page.FillAsync("#slug", string.Join('-', Enumerable.Repeat("kernel", 43))); // 300 characters, not cut by the input
        await page.ClickAsync("button:text-is('Save')");

        var summary = page.Locator(".editor-error-summary");
        await Expect(summary).ToContainTextAsync("at most 120 characters", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await Expect(page.Locator("#slug")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#slug")).ToHaveAttributeAsync("aria-describedby", "error-Slug");
        await Expect(page.Locator("#error-Slug")).ToContainTextAsync("at most 120 characters");
        Assert.Equal(300, (await page.InputValueAsync("#slug")).Length);
        // The summary sits right above the Save button, not only at the top of the form.
        var summaryBox = (await summary.BoundingBoxAsync())!;
        var saveBox = (await page.Locator("button:text-is('Save')").BoundingBoxAsync())!;
        Assert.InRange(saveBox.Y - (summaryBox.Y + summaryBox.Height), 0, 80);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await AssertNoViolationsAsync(page, "the editor showing save errors");
    }

    /// <summary>Presses Tab until the element with the id (or the button with the text) has the focus; returns its tag name.</summary>
    private static async Task<string> TabToAsync(IPage page, string? id, string? buttonText = null)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<FocusState>("""
                () => {
                  const e = document.activeElement;
                  const r = e.getBoundingClientRect();
                  const s = getComputedStyle(e);
                  return { id: e.id || '', tag: e.tagName, text: (e.innerText || '').trim(),
                           visible: r.width > 0 && r.height > 0,
                           ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 || s.boxShadow !== 'none' };
                }
                """);
            Assert.True(focused.Visible, $"The keyboard focus is on an invisible {focused.Tag} ({focused.Id}{focused.Text})");
            Assert.True(focused.Ring, $"{focused.Tag} {focused.Id}{focused.Text} has the focus but shows no focus ring");
            if ((id is not null && focused.Id == id) || (buttonText is not null && focused.Tag == "BUTTON" && focused.Text == buttonText))
            {
                return focused.Tag;
            }
        }

        throw new Xunit.Sdk.XunitException($"Tab never reached {id ?? buttonText}");
    }

    // Playwright fills the result by its property names and needs a parameterless constructor.
    private sealed class FocusState
    {
        public string Id { get; set; } = string.Empty;

        public string Tag { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;

        public bool Visible { get; set; }

        public bool Ring { get; set; }
    }

    private Task LogInAsync(IPage page, string email) => site.LogInAsync(page, email);

    private static Task WaitUntilInteractiveAsync(IPage page) => PortalSite.WaitUntilEditorInteractiveAsync(page);
}
