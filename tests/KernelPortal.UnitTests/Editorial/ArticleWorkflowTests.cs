using KernelPortal.Core.Content;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;

namespace KernelPortal.UnitTests.Editorial;

public class ArticleWorkflowTests
{
    private static readonly Actor Anna = new(Guid.NewGuid(), "Anna", Roles.Author);
    private static readonly Actor Bernd = new(Guid.NewGuid(), "Bernd", Roles.Author);
    private static readonly Actor Editor = new(Guid.NewGuid(), "Redaktion", Roles.Editor);
    private static readonly Actor Admin = new(Guid.NewGuid(), "Admin", Roles.Admin);

    private static Article ArticleOf(Actor? author, ArticleStatus status, bool generated = false) => new()
    {
        Title = "T",
        Slug = "t",
        AuthorId = author?.UserId,
        Status = status,
        IsGenerated = generated,
    };

    [Theory]
    [InlineData(ArticleStatus.Draft, ArticleStatus.InReview, true)]
    [InlineData(ArticleStatus.InReview, ArticleStatus.Draft, true)]
    [InlineData(ArticleStatus.Draft, ArticleStatus.Published, false)]
    [InlineData(ArticleStatus.InReview, ArticleStatus.Published, false)]
    [InlineData(ArticleStatus.InReview, ArticleStatus.Scheduled, false)]
    [InlineData(ArticleStatus.Published, ArticleStatus.Archived, false)]
    [InlineData(ArticleStatus.Published, ArticleStatus.Draft, false)]
    public void Authors_only_submit_and_withdraw_their_own_articles(ArticleStatus from, ArticleStatus to, bool allowed)
    {
        var own = ArticleOf(Anna, from);

        Assert.Equal(allowed, ArticleWorkflow.WhyNotTransition(own, to, Anna) is null);
        Assert.NotNull(ArticleWorkflow.WhyNotTransition(own, to, Bernd));
    }

    [Theory]
    [InlineData(ArticleStatus.Draft, ArticleStatus.Published)]
    [InlineData(ArticleStatus.InReview, ArticleStatus.Scheduled)]
    [InlineData(ArticleStatus.Scheduled, ArticleStatus.Draft)]
    [InlineData(ArticleStatus.Published, ArticleStatus.Archived)]
    [InlineData(ArticleStatus.Archived, ArticleStatus.Draft)]
    public void Editors_and_Admins_take_every_step_on_every_article(ArticleStatus from, ArticleStatus to)
    {
        var article = ArticleOf(Anna, from);

        Assert.Null(ArticleWorkflow.WhyNotTransition(article, to, Editor));
        Assert.Null(ArticleWorkflow.WhyNotTransition(article, to, Admin));
    }

    [Theory]
    [InlineData(ArticleStatus.Draft, ArticleStatus.Archived)]
    [InlineData(ArticleStatus.Archived, ArticleStatus.Published)]
    [InlineData(ArticleStatus.Scheduled, ArticleStatus.Archived)]
    [InlineData(ArticleStatus.Published, ArticleStatus.Published)]
    public void Steps_outside_the_workflow_are_refused_for_everyone(ArticleStatus from, ArticleStatus to)
    {
        Assert.Contains("cannot become", ArticleWorkflow.WhyNotTransition(ArticleOf(Anna, from), to, Admin), StringComparison.Ordinal);
    }

    [Fact]
    public void Authors_edit_their_own_drafts_and_generated_drafts_only()
    {
        Assert.Null(ArticleWorkflow.WhyNotEdit(ArticleOf(Anna, ArticleStatus.Draft), Anna));
        Assert.Null(ArticleWorkflow.WhyNotEdit(ArticleOf(null, ArticleStatus.Draft, generated: true), Anna));
        Assert.NotNull(ArticleWorkflow.WhyNotEdit(ArticleOf(Bernd, ArticleStatus.Draft), Anna));
        Assert.NotNull(ArticleWorkflow.WhyNotEdit(ArticleOf(Anna, ArticleStatus.InReview), Anna));
        Assert.NotNull(ArticleWorkflow.WhyNotEdit(ArticleOf(null, ArticleStatus.Draft), Anna));
    }

    [Fact]
    public void Archived_articles_are_read_only_even_for_Admins()
    {
        Assert.NotNull(ArticleWorkflow.WhyNotEdit(ArticleOf(Anna, ArticleStatus.Archived), Admin));
        Assert.Null(ArticleWorkflow.WhyNotEdit(ArticleOf(Anna, ArticleStatus.Published), Editor));
    }

    [Fact]
    public void The_highest_role_of_an_account_counts()
    {
        Assert.Equal(Roles.Admin, Actor.HighestRole([Roles.Author, Roles.Admin]));
        Assert.Equal(Roles.Editor, Actor.HighestRole([Roles.Editor, Roles.Author]));
        Assert.Null(Actor.HighestRole(["Reader"]));
    }
}
