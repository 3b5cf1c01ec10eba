using KernelPortal.Core.Content;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Editorial;

/// <summary>Tags and series from the CMS go through one service: role, validation, slug clashes as messages, caches told.</summary>
public class TaxonomyServiceTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Actor Editor = new(null, "Redaktion", Roles.Editor);

    private static readonly Actor Author = new(null, "Autorin", Roles.Author);

    private (TaxonomyService Service, CountingNotifier Notifier) Create()
    {
        var notifier = new CountingNotifier();
        return (new TaxonomyService(new TestContextFactory(Database), notifier), notifier);
    }

    [Fact]
    public async Task An_editor_creates_and_renames_a_tag_and_the_caches_are_told_each_time()
    {
        var (taxonomy, notifier) = Create();

        var created = await taxonomy.SaveTagAsync(new TagInput(null, "dateisysteme", "Dateisysteme", "File systems", null, "  ", 1), Editor, Ct);
        await using var db = Database.CreateContext();
        var id = (await db.FeatureTags.SingleAsync(t => t.Slug == "dateisysteme", Ct)).Id;
        var renamed = await taxonomy.SaveTagAsync(new TagInput(id, "storage", "Speicher", "Storage", "Alles über Speicher", null, 2), Editor, Ct);

        Assert.True(created.Saved, created.Message);
        Assert.True(renamed.Saved, renamed.Message);
        var tag = await db.FeatureTags.AsNoTracking().SingleAsync(t => t.Id == id, Ct);
        Assert.Equal(("storage", "Speicher", "Storage", "Alles über Speicher", (string?)null, 2), (tag.Slug, tag.NameDe, tag.NameEn, tag.DescriptionDe, tag.DescriptionEn, tag.Position));
        Assert.Equal(2, notifier.Changes);
    }

    [Fact]
    public async Task An_author_a_clashing_slug_and_a_missing_name_are_refused_with_a_message_and_store_nothing()
    {
        var (taxonomy, notifier) = Create();
        await taxonomy.SaveTagAsync(new TagInput(null, "netzwerk", "Netzwerk", "Networking", null, null, 1), Editor, Ct);

        var byAuthor = await taxonomy.SaveTagAsync(new TagInput(null, "treiber", "Treiber", "Drivers", null, null, 2), Author, Ct);
        var clash = await taxonomy.SaveTagAsync(new TagInput(null, "netzwerk", "Netz", "Net", null, null, 3), Editor, Ct);
        var nameless = await taxonomy.SaveTagAsync(new TagInput(null, "leer", "Leer", " ", null, null, 4), Editor, Ct);
        var badSlug = await taxonomy.SaveSeriesAsync(new SeriesInput(null, "Serie", "Nicht Gültig!", null, Language.De, null), Editor, Ct);
        var unknownRelease = await taxonomy.SaveSeriesAsync(new SeriesInput(null, "Serie", "", null, Language.De, 999_999), Editor, Ct);

        Assert.Equal("Only editors and admins change tags.", byAuthor.Message);
        Assert.Equal("Not saved: the slug 'netzwerk' belongs to another tag.", clash.Message);
        Assert.StartsWith("Not saved: a tag needs", nameless.Message, StringComparison.Ordinal);
        Assert.StartsWith("Not saved: a series needs", badSlug.Message, StringComparison.Ordinal);
        Assert.Equal("Not saved: the chosen release no longer exists.", unknownRelease.Message);
        Assert.All(new[] { byAuthor, clash, nameless, badSlug, unknownRelease }, r => Assert.False(r.Saved));
        await using var db = Database.CreateContext();
        Assert.Equal(["netzwerk"], await db.FeatureTags.Select(t => t.Slug).ToListAsync(Ct));
        Assert.Empty(await db.Series.ToListAsync(Ct));
        Assert.Equal(1, notifier.Changes);
    }

    [Fact]
    public async Task Names_titles_and_descriptions_longer_than_their_columns_are_refused_with_a_message_not_a_database_error()
    {
        // The CMS form limits the lengths in the browser; the service is what a circuit's values reach.
        var (taxonomy, notifier) = Create();
        var longName = new string('x', FeatureTag.NameMaxLength + 1);
        var longText = new string('y', FeatureTag.DescriptionMaxLength + 1);

        var tagName = await taxonomy.SaveTagAsync(new TagInput(null, "lang", "Lang", longName, null, null, 1), Editor, Ct);
        var tagDescription = await taxonomy.SaveTagAsync(new TagInput(null, "lang", "Lang", "Long", longText, null, 1), Editor, Ct);
        var seriesTitle = await taxonomy.SaveSeriesAsync(new SeriesInput(null, new string('z', Series.TitleMaxLength + 1), "lang", null, Language.De, null), Editor, Ct);
        var seriesDescription = await taxonomy.SaveSeriesAsync(new SeriesInput(null, "Lang", "lang", longText, Language.De, null), Editor, Ct);
        var justRight = await taxonomy.SaveTagAsync(new TagInput(null, "genau", new string('x', FeatureTag.NameMaxLength), "Exact", null, null, 1), Editor, Ct);

        Assert.Equal($"Not saved: a name may have at most {FeatureTag.NameMaxLength} characters, a description {FeatureTag.DescriptionMaxLength}.", tagName.Message);
        Assert.Equal(tagName.Message, tagDescription.Message);
        Assert.Equal($"Not saved: a title may have at most {Series.TitleMaxLength} characters, a description {Series.DescriptionMaxLength}.", seriesTitle.Message);
        Assert.Equal(seriesTitle.Message, seriesDescription.Message);
        Assert.All(new[] { tagName, tagDescription, seriesTitle, seriesDescription }, r => Assert.False(r.Saved));
        Assert.True(justRight.Saved, justRight.Message);
        await using var db = Database.CreateContext();
        Assert.Equal(["genau"], await db.FeatureTags.Select(t => t.Slug).ToListAsync(Ct));
        Assert.Empty(await db.Series.ToListAsync(Ct));
        Assert.Equal(1, notifier.Changes);
    }

    [Fact]
    public async Task A_series_gets_its_slug_from_the_title_and_two_editors_racing_for_one_slug_get_one_series_and_a_message()
    {
        var (taxonomy, _) = Create();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => taxonomy.SaveSeriesAsync(new SeriesInput(null, "Was Linux 7.0 bringt", "", null, Language.De, null), Editor, Ct)));

        Assert.Single(results, r => r.Saved);
        Assert.All(results.Where(r => !r.Saved), r => Assert.Contains("'was-linux-7-0-bringt'", r.Message, StringComparison.Ordinal));
        await using var db = Database.CreateContext();
        Assert.Equal("was-linux-7-0-bringt", (await db.Series.SingleAsync(Ct)).Slug);
    }
}
