using System.Net;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using KernelPortal.Core.People;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion.Git;
using KernelPortal.IntegrationTests.Git;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Web;

/// <summary>Editors' rules for single addresses: who may change them, their revisions, and how they apply when the figures are read.</summary>
public class AddressRulesTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Actor Editor = new(null, "Redaktion", Roles.Editor);

    [Fact]
    public async Task Only_editors_save_rules_each_change_is_a_revision_and_bad_input_is_refused()
    {
        await using var services = new EditorialServices(Database.ConnectionString);

        var byAuthor = await services.Rules.SaveAsync("frida@gmx.de", "Linux Foundation", false, new Actor(null, "Autorin", Roles.Author), Ct);
        var bad = await services.Rules.SaveAsync("not an address", "X", false, Editor, Ct);
        var tooLong = await services.Rules.SaveAsync("frida@gmx.de", new string('x', 101), false, Editor, Ct);
        var first = await services.Rules.SaveAsync("Frida@GMX.de ", "Linux Foundation", false, Editor, Ct);
        var same = await services.Rules.SaveAsync("frida@gmx.de", "Linux Foundation", false, Editor, Ct);
        var second = await services.Rules.SaveAsync("frida@gmx.de", null, true, Editor with { Name = "Chefredaktion" }, Ct);

        Assert.False(byAuthor.Saved);
        Assert.Contains("Only editors", byAuthor.Message, StringComparison.Ordinal);
        Assert.False(bad.Saved);
        Assert.Contains("is not an e-mail address", bad.Message, StringComparison.Ordinal);
        Assert.False(tooLong.Saved);
        Assert.Equal((true, 1), (first.Saved, first.Revision));
        Assert.False(same.Saved);
        Assert.Equal((true, 2), (second.Saved, second.Revision));
        var rule = Assert.Single(await services.Rules.ListAsync(Ct));
        Assert.Equal(("frida@gmx.de", null, true, "Chefredaktion"), (rule.Email, rule.Employer, rule.Hidden, rule.UpdatedBy));
        Assert.Equal([(1, "Linux Foundation", false), (2, null, true)], rule.Revisions.OrderBy(r => r.Number).Select(r => (r.Number, r.Employer, r.Hidden)));
    }

    [Fact]
    public async Task Rules_change_employers_and_hide_people_as_the_figures_are_read_without_changing_counts()
    {
        using var repo = GitPeopleReaderTests.BuildRepository();
        var people = await new GitPeopleReader(await GitRunner.OpenAsync(repo.Path, Ct)).CountAsync("v1.0", "v1.1", EmployerMap.Default, Ct);
        await using (var db = Database.CreateContext())
        {
            var v40 = new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).Released(2015, 4, 12).Build();
            v40.Statistics.Add(new ReleaseStatistics { Source = StatisticsSource.GitMirror, FromVersion = "3.19", People = people, PeopleAuthors = [.. people.AllAuthors!], ComputedAt = DateTimeOffset.UnixEpoch });
            db.Add(v40);
            await db.SaveChangesAsync(Ct);
        }

        await using var services = new EditorialServices(Database.ConnectionString);
        await services.Rules.SaveAsync("frida@gmx.de", "Linux Foundation", false, Editor, Ct);
        await services.Rules.SaveAsync("rita@suse.com", null, true, Editor, Ct);
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var page = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/releases/4.0/entwickler", Ct));
        await using var read = Database.CreateContext();
        var view = await new ReleasePeopleQuery(read).LoadAsync("4.0", Ct);

        Assert.NotNull(view);
        Assert.Contains(view.People.Employers, e => e is { Name: "Linux Foundation", Changesets: 1 });
        Assert.DoesNotContain(view.People.Employers, e => e.Name == EmployerMap.Unknown);
        Assert.Equal(people.Commits, view.People.Employers.Sum(e => e.Changesets));
        Assert.Equal(new PersonCount(ReleasePeopleQuery.HiddenName, string.Empty, 3), view.People.TopReviewers[0]);
        Assert.DoesNotContain("Rita Review", page, StringComparison.Ordinal);
        Assert.Contains(ReleasePeopleQuery.HiddenName, page, StringComparison.Ordinal);
        Assert.Contains("Linux Foundation", page, StringComparison.Ordinal);
        // Stored figures are untouched: the rules apply on reading.
        Assert.Equal("Rita Review", (await read.ReleaseStatistics.SingleAsync(Ct)).People!.TopReviewers[0].Name);
    }
}
