using KernelPortal.Core.Content;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Editorial;

public class ArticleEditServiceTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private EditorialServices _services = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _services = new EditorialServices(Database.ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static ArticleFields Fields(string title, string body = "Erster Absatz.") => new() { Title = title, Lead = "Vorspann", BodyMarkdown = body };

    private async Task<EditResult.Saved> CreateAsync(Actor actor, string title = "Was 4.0 bringt: Dateisysteme")
    {
        var result = await _services.Editing.CreateAsync(Fields(title), actor, Ct);
        return Assert.IsType<EditResult.Saved>(result);
    }

    [Fact]
    public async Task Creating_an_article_stores_a_draft_with_rendered_HTML_a_generated_slug_and_revision_1()
    {
        var author = await _services.CreateUserAsync("autorin@example.org", Roles.Author);

        var saved = await _services.Editing.CreateAsync(Fields("Was 4.0 bringt: Dateisysteme", "## Btrfs\n\n*schneller*"), author, Ct);

        var id = Assert.IsType<EditResult.Saved>(saved).ArticleId;
        await using var db = Database.CreateContext();
        var article = await db.Articles.Include(a => a.Revisions).SingleAsync(a => a.Id == id, Ct);
        Assert.Equal("was-4-0-bringt-dateisysteme", article.Slug);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal(author.UserId, article.AuthorId);
        Assert.Contains("<em>schneller</em>", article.BodyHtml, StringComparison.Ordinal);
        var revision = Assert.Single(article.Revisions);
        Assert.Equal((1, "autorin"), (revision.Number, revision.SavedByName));
    }

    [Fact]
    public async Task Every_save_adds_a_revision_with_who_and_when()
    {
        var editor = await _services.CreateUserAsync("redaktion@example.org", Roles.Editor);
        var created = await CreateAsync(editor);

        var second = Assert.IsType<EditResult.Saved>(await _services.Editing.SaveAsync(created.ArticleId, Fields("Was 4.0 bringt: Dateisysteme", "Zweite Fassung"), created.Token, editor, Ct));
        var third = Assert.IsType<EditResult.Saved>(await _services.Editing.SaveAsync(created.ArticleId, Fields("Was 4.0 bringt: Dateisysteme", "Dritte Fassung"), second.Token, editor, Ct));

        await using var db = Database.CreateContext();
        var revisions = await db.ArticleRevisions.Where(r => r.ArticleId == created.ArticleId).OrderBy(r => r.Number).ToListAsync(Ct);
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Number));
        Assert.Equal(["Erster Absatz.", "Zweite Fassung", "Dritte Fassung"], revisions.Select(r => r.BodyMarkdown));
        Assert.All(revisions, r => Assert.Equal(editor.UserId, r.SavedById));
        Assert.Equal(3, third.Revision);
    }

    [Fact]
    public async Task A_second_editor_saving_an_older_version_gets_a_conflict_with_the_first_editors_text_and_nothing_is_overwritten()
    {
        var anna = await _services.CreateUserAsync("anna@example.org", Roles.Editor);
        var bernd = await _services.CreateUserAsync("bernd@example.org", Roles.Editor);
        var created = await CreateAsync(anna);

        var first = await _services.Editing.SaveAsync(created.ArticleId, Fields("Was 4.0 bringt: Dateisysteme", "Annas Fassung"), created.Token, anna, Ct);
        var second = await _services.Editing.SaveAsync(created.ArticleId, Fields("Was 4.0 bringt: Dateisysteme", "Bernds Fassung"), created.Token, bernd, Ct);

        Assert.IsType<EditResult.Saved>(first);
        var conflict = Assert.IsType<EditResult.Conflict>(second);
        Assert.Equal("Annas Fassung", conflict.Theirs.Fields.BodyMarkdown);
        Assert.Equal("anna", conflict.Theirs.SavedBy);
        await using var db = Database.CreateContext();
        Assert.Equal("Annas Fassung", (await db.Articles.SingleAsync(a => a.Id == created.ArticleId, Ct)).BodyMarkdown);
        Assert.Equal(2, await db.ArticleRevisions.CountAsync(r => r.ArticleId == created.ArticleId, Ct));

        var merged = await _services.Editing.SaveAsync(created.ArticleId, Fields("Was 4.0 bringt: Dateisysteme", "Annas und Bernds Fassung"), conflict.Theirs.Token, bernd, Ct);

        Assert.IsType<EditResult.Saved>(merged);
    }

    [Fact]
    public async Task Two_saves_racing_on_the_same_version_store_exactly_one()
    {
        var anna = await _services.CreateUserAsync("anna@example.org", Roles.Editor);
        var created = await CreateAsync(anna);

        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(i =>
            _services.Editing.SaveAsync(created.ArticleId, Fields("Was 4.0 bringt: Dateisysteme", $"Fassung {i}"), created.Token, anna, Ct)));

        Assert.Single(results.OfType<EditResult.Saved>());
        Assert.Equal(5, results.OfType<EditResult.Conflict>().Count());
        await using var db = Database.CreateContext();
        Assert.Equal(2, await db.ArticleRevisions.CountAsync(r => r.ArticleId == created.ArticleId, Ct));
    }

    [Fact]
    public async Task A_revision_can_be_restored_as_a_new_revision_and_the_ones_between_stay()
    {
        var editor = await _services.CreateUserAsync("redaktion@example.org", Roles.Editor);
        var created = await CreateAsync(editor);
        var changed = Assert.IsType<EditResult.Saved>(await _services.Editing.SaveAsync(created.ArticleId, Fields("Neuer Titel", "Umgeschrieben"), created.Token, editor, Ct));

        var restored = await _services.Editing.RestoreAsync(created.ArticleId, 1, changed.Token, editor, Ct);

        Assert.Equal(3, Assert.IsType<EditResult.Saved>(restored).Revision);
        await using var db = Database.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Id == created.ArticleId, Ct);
        Assert.Equal(("Was 4.0 bringt: Dateisysteme", "Erster Absatz."), (article.Title, article.BodyMarkdown));
        Assert.Equal("Umgeschrieben", (await db.ArticleRevisions.SingleAsync(r => r.ArticleId == created.ArticleId && r.Number == 2, Ct)).BodyMarkdown);
    }

    [Fact]
    public async Task An_author_can_submit_but_not_publish_and_an_editor_can_publish()
    {
        var author = await _services.CreateUserAsync("autorin@example.org", Roles.Author);
        var editor = await _services.CreateUserAsync("redaktion@example.org", Roles.Editor);
        var created = await CreateAsync(author);

        var publishByAuthor = await _services.Editing.TransitionAsync(created.ArticleId, ArticleStatus.Published, null, created.Token, author, Ct);
        var submitted = Assert.IsType<EditResult.Saved>(await _services.Editing.TransitionAsync(created.ArticleId, ArticleStatus.InReview, null, created.Token, author, Ct));
        var editByAuthorInReview = await _services.Editing.SaveAsync(created.ArticleId, Fields("Geändert"), submitted.Token, author, Ct);
        var published = await _services.Editing.TransitionAsync(created.ArticleId, ArticleStatus.Published, null, submitted.Token, editor, Ct);

        Assert.IsType<EditResult.Forbidden>(publishByAuthor);
        Assert.IsType<EditResult.Forbidden>(editByAuthorInReview);
        Assert.IsType<EditResult.Saved>(published);
        await using var db = Database.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Id == created.ArticleId, Ct);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.NotNull(article.PublishedAt);
        Assert.Equal("Was 4.0 bringt: Dateisysteme", article.Title);
    }

    [Fact]
    public async Task An_author_cannot_edit_another_authors_draft()
    {
        var anna = await _services.CreateUserAsync("anna@example.org", Roles.Author);
        var bernd = await _services.CreateUserAsync("bernd@example.org", Roles.Author);
        var created = await CreateAsync(anna);

        var result = await _services.Editing.SaveAsync(created.ArticleId, Fields("Bernd war hier"), created.Token, bernd, Ct);

        Assert.IsType<EditResult.Forbidden>(result);
    }

    [Fact]
    public async Task Bad_fields_and_taken_slugs_are_rejected_with_the_field_named_and_nothing_stored()
    {
        var editor = await _services.CreateUserAsync("redaktion@example.org", Roles.Editor);
        var first = await CreateAsync(editor, "Linux 4.0 ist da");

        var noTitle = await _services.Editing.CreateAsync(Fields("   "), editor, Ct);
        var badSlug = await _services.Editing.CreateAsync(Fields("Gut") with { Slug = "Böse Slug!" }, editor, Ct);
        var taken = await _services.Editing.CreateAsync(Fields("Anders") with { Slug = "linux-4-0-ist-da" }, editor, Ct);
        var tooLong = await _services.Editing.CreateAsync(Fields("Lang") with { Slug = string.Join('-', Enumerable.Repeat("kernel", 43)) }, editor, Ct);
        var partWithoutSeries = await _services.Editing.CreateAsync(Fields("Teil") with { SeriesPart = 2 }, editor, Ct);

        Assert.Contains(nameof(ArticleFields.Title), Assert.IsType<EditResult.Invalid>(noTitle).Errors.Keys);
        Assert.Contains(nameof(ArticleFields.Slug), Assert.IsType<EditResult.Invalid>(badSlug).Errors.Keys);
        Assert.Equal("The slug 'linux-4-0-ist-da' is taken by another article; 'linux-4-0-ist-da-2' is free.", Assert.IsType<EditResult.Invalid>(taken).Errors[nameof(ArticleFields.Slug)]);
        Assert.Contains($"at most {Slug.MaxLength} characters", Assert.IsType<EditResult.Invalid>(tooLong).Errors[nameof(ArticleFields.Slug)], StringComparison.Ordinal);
        Assert.Contains(nameof(ArticleFields.SeriesPart), Assert.IsType<EditResult.Invalid>(partWithoutSeries).Errors.Keys);
        await using var db = Database.CreateContext();
        Assert.Equal(first.ArticleId, (await db.Articles.SingleAsync(Ct)).Id);
    }

    [Fact]
    public async Task A_second_draft_with_the_same_title_gets_the_next_free_slug()
    {
        var editor = await _services.CreateUserAsync("redaktion@example.org", Roles.Editor);
        var first = await CreateAsync(editor, "Was 7.3 bringt");

        var second = await CreateAsync(editor, "Was 7.3 bringt");
        var third = await CreateAsync(editor, "Was 7.3 bringt");
        var again = Assert.IsType<EditResult.Saved>(await _services.Editing.SaveAsync(second.ArticleId, Fields("Was 7.3 bringt", "Mehr Text."), second.Token, editor, Ct));

        await using var db = Database.CreateContext();
        var slugs = await db.Articles.OrderBy(a => a.Id).Select(a => a.Slug).ToListAsync(Ct);
        Assert.Equal(["was-7-3-bringt", "was-7-3-bringt-2", "was-7-3-bringt-3"], slugs);
        Assert.Equal(2, again.Revision); // saving again keeps its own "-2"
        Assert.NotEqual(first.ArticleId, third.ArticleId);
    }

    [Fact]
    public async Task Scheduling_needs_a_future_time()
    {
        var editor = await _services.CreateUserAsync("redaktion@example.org", Roles.Editor);
        var created = await CreateAsync(editor);

        var past = await _services.Editing.TransitionAsync(created.ArticleId, ArticleStatus.Scheduled, DateTimeOffset.UtcNow.AddMinutes(-1), created.Token, editor, Ct);
        var future = await _services.Editing.TransitionAsync(created.ArticleId, ArticleStatus.Scheduled, DateTimeOffset.UtcNow.AddHours(1), created.Token, editor, Ct);

        Assert.IsType<EditResult.Invalid>(past);
        Assert.IsType<EditResult.Saved>(future);
    }
}
