using KernelPortal.Core.Content;
using KernelPortal.Core.Content.Reading;

namespace KernelPortal.UnitTests.Content;

/// <summary>How a release page groups its articles (issue 15 moved the rule from the page into Core).</summary>
public class ReleaseArticlesViewTests
{
    private static readonly TagView Storage = new("storage", "Speicher", "Storage", 5);
    private static readonly TagView Network = new("netzwerk", "Netzwerk", "Networking", 2);
    private static readonly SeriesView AboutThisRelease = new("was-6-1-bringt", "Was 6.1 bringt", 7);
    private static readonly SeriesView AboutAnother = new("was-6-0-bringt", "Was 6.0 bringt", 6);

    private static ArticleTeaserView Article(string slug, TagView[] tags, SeriesView? series = null, int? part = null) =>
        new(slug.Length, slug, slug, string.Empty, Language.De, DateTimeOffset.UnixEpoch, "6.1", tags, series, part);

    [Fact]
    public void Articles_stand_under_each_of_their_tags_in_the_tags_order_newest_first_and_untagged_ones_last()
    {
        ArticleTeaserView[] newestFirst =
        [
            Article("d-storage", [Storage]),
            Article("c-untagged", []),
            Article("b-both", [Storage, Network]),
            Article("a-network", [Network]),
        ];

        var view = ReleaseArticlesView.Of(7, newestFirst);

        Assert.Equal([Network, Storage, null], view.Groups.Select(g => g.Tag));
        Assert.Equal(["b-both", "a-network"], view.Groups[0].Articles.Select(a => a.Slug));
        Assert.Equal(["d-storage", "b-both"], view.Groups[1].Articles.Select(a => a.Slug));
        Assert.Equal(["c-untagged"], view.Groups[2].Articles.Select(a => a.Slug));
    }

    [Fact]
    public void The_series_parts_are_those_of_a_series_about_this_release_in_part_order()
    {
        ArticleTeaserView[] newestFirst =
        [
            Article("teil-3", [Network], AboutThisRelease, 3),
            Article("fremd", [], AboutAnother, 1),
            Article("teil-1", [], AboutThisRelease, 1),
            Article("teil-2", [Storage], AboutThisRelease, 2),
        ];

        var view = ReleaseArticlesView.Of(7, newestFirst);

        Assert.Equal(["teil-1", "teil-2", "teil-3"], view.SeriesParts.Select(a => a.Slug));
    }

    [Fact]
    public void No_articles_give_no_groups()
    {
        var view = ReleaseArticlesView.Of(7, []);

        Assert.Empty(view.Groups);
        Assert.Empty(view.SeriesParts);
    }
}
