using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KernelPortal.Core.Identity;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Web.Cms;

public partial class CmsLanguageTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_account_gets_the_CMS_in_German_until_it_chooses_English()
    {
        await using (var db = Database.CreateContext())
        {
            db.FeatureTags.Add(new KernelPortal.Core.Content.FeatureTag { Slug = "netzwerk", NameDe = "Netzwerk", NameEn = "Networking", Position = 1 });
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = await CmsSession.LoggedInAsync(app, Roles.Author, Ct);

        var german = await client.GetStringAsync("/admin/articles", Ct);

        Assert.Contains("<html lang=\"de\">", german, StringComparison.Ordinal);
        Assert.Contains(">Neuer Artikel</a>", german, StringComparison.Ordinal);
        // Names kept in both languages follow the CMS's: the tag filter said "Networking" to a German CMS.
        Assert.Contains(">Netzwerk</option>", german, StringComparison.Ordinal);
        Assert.DoesNotContain(">Networking</option>", german, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" name=\"language\" value=\"en\"", german, StringComparison.Ordinal);

        using var choose = await client.PostAsync("/admin/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CmsSession.AntiforgeryToken(german),
            ["language"] = "en",
            ["returnUrl"] = "/admin/articles",
        }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, choose.StatusCode);
        Assert.Equal("/admin/articles", choose.Headers.Location?.OriginalString);
        var english = await client.GetStringAsync("/admin/articles", Ct);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains(">New article</a>", english, StringComparison.Ordinal);
        Assert.Contains(">Networking</option>", english, StringComparison.Ordinal);

        // The choice is the account's: a new login keeps it.
        var again = CmsSession.Client(app);
        using var login = await CmsSession.PostLoginAsync(again, "author@example.org", CmsSession.Password, Ct);
        Assert.Contains(">New article</a>", await again.GetStringAsync("/admin/articles", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_release_list_names_states_and_provisional_numbers_in_the_CMS_s_language()
    {
        await using (var db = Database.CreateContext())
        {
            db.Releases.Add(new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(7).Released(2015, 4, 12).Build());
            db.Releases.Add(new ReleaseBuilder("4.1").OpenedOn(2015, 4, 12).Provisional().Build());
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = await CmsSession.LoggedInAsync(app, Roles.Editor, Ct);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/releases", Ct));

        // They were the enum's names ("MergeWindow") and "4.1 (provisional)" in a German CMS.
        Assert.Contains("<td>4.1 (vorläufig)</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>Merge Window</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>Freigegeben</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("MergeWindow", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_are_named_in_the_CMS_s_language_and_keep_their_keys()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = await CmsSession.LoggedInAsync(app, Roles.Admin, Ct);

        var page = await client.GetStringAsync("/admin/users", Ct);

        Assert.Contains("<option value=\"Editor\">Redakteur</option>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Author\">Autor</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_choice_or_a_missing_token_is_refused_and_changes_nothing()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = await CmsSession.LoggedInAsync(app, Roles.Author, Ct);
        var page = await client.GetStringAsync("/admin/articles", Ct);

        using var bad = await client.PostAsync("/admin/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CmsSession.AntiforgeryToken(page),
            ["language"] = "fr",
        }), Ct);
        using var forged = await client.PostAsync("/admin/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "en" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'de' or 'en'", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("<html lang=\"de\">", await client.GetStringAsync("/admin/articles", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_login_the_browser_s_preference_decides_German_otherwise()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = CmsSession.Client(app);

        var german = await client.GetStringAsync("/admin/login", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/login");
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        using var response = await client.SendAsync(request, Ct);
        var english = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("<h1>Anmelden</h1>", german, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Log in</h1>", english, StringComparison.Ordinal);
        // Public pages keep their language from the address, whatever the browser says.
        using var front = new HttpRequestMessage(HttpMethod.Get, "/");
        front.Headers.AcceptLanguage.ParseAdd("en-US");
        Assert.Contains("<html lang=\"de\">", await (await client.SendAsync(front, Ct)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_the_CMS_asks_for_has_a_German_translation()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src/KernelPortal.Web/Components"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".razor.cs", StringComparison.Ordinal))
            .Append(Path.Combine(Repository.Root, "src/KernelPortal.Web/Cms/CmsValidationText.cs"))
            .Append(Path.Combine(Repository.Root, "src/KernelPortal.Web/Cms/CmsDatabaseFailure.cs"));
        var statuses = Enum.GetValues<KernelPortal.Core.Content.ArticleStatus>().Select(s => ("StatusBadge.razor", KernelPortal.Web.Components.Pages.Admin.Shared.StatusBadge.Label(s)));
        AssertTranslated("src/KernelPortal.Web/Resources/Cms/CmsText.de.resx", sources, TextKey(), statuses, atLeast: 200);
    }

    [Fact]
    public void Every_message_Core_gives_people_has_a_German_translation()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src/KernelPortal.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/Migrations/", StringComparison.Ordinal));
        AssertTranslated("src/KernelPortal.Core/Resources/CoreText.de.resx", sources, CoreTextKey(), [], atLeast: 70);
    }

    private static void AssertTranslated(string resx, IEnumerable<string> sources, Regex key, IEnumerable<(string File, string Key)> extra, int atLeast)
    {
        var entries = XDocument.Load(Path.Combine(Repository.Root, resx))
            .Root!.Elements("data").Select(d => (Key: (string)d.Attribute("name")!, Value: (string)d.Element("value")!)).ToList();
        // The resource build keeps one of two names that differ only in case ("New", "new"): each text needs its own key.
        var clashes = entries.GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g.Select(e => e.Key))).ToList();
        Assert.True(clashes.Count == 0, "keys that differ only in case:\n" + string.Join('\n', clashes));
        var translations = entries.ToDictionary(e => e.Key, e => e.Value);
        var keys = sources.SelectMany(f => key.Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: Regex.Unescape(m.Groups[1].Value)))).Concat(extra).ToList();

        Assert.True(keys.Count >= atLeast, $"only {keys.Count} texts found: is the pattern still right?");
        var missing = keys.Where(k => !translations.ContainsKey(k.Key)).Select(k => $"{k.File}: {k.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "no German text for:\n" + string.Join('\n', missing));
        var unused = translations.Keys.Except(keys.Select(k => k.Key)).ToList();
        Assert.True(unused.Count == 0, "German texts nothing asks for:\n" + string.Join('\n', unused));
        var placeholders = translations.Where(t => Placeholders(t.Key) != Placeholders(t.Value)).Select(t => t.Key).ToList();
        Assert.True(placeholders.Count == 0, "placeholders differ in:\n" + string.Join('\n', placeholders));

        static string Placeholders(string text) => string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));
    }

    // L["text"], L["text with {0}", …] and CmsValidationText's T("text"): the literal key (not the public pages' Ui.T).
    [GeneratedRegex("""(?:\bL\[|(?<![.\w])T\()"((?:[^"\\]|\\.)*)"[\],)]""")]
    private static partial Regex TextKey();

    // CoreText.T("text", …): the literal key.
    [GeneratedRegex("""\bCoreText\.T\("((?:[^"\\]|\\.)*)"[),]""")]
    private static partial Regex CoreTextKey();

    [GeneratedRegex(@"\{[0-9]+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
