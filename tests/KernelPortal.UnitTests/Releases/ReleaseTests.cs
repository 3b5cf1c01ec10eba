using KernelPortal.Core.Releases;

namespace KernelPortal.UnitTests.Releases;

public class ReleaseTests
{
    [Fact]
    public void Renaming_a_provisional_release_keeps_its_candidates_and_makes_it_definite()
    {
        var release = new Release(KernelVersion.Parse("3.20"), ReleaseState.MergeWindow, isProvisional: true);
        release.AddCandidate(1, new DateOnly(2015, 2, 22));

        release.Rename(KernelVersion.Parse("4.0"));

        Assert.Equal("4.0", release.VersionText);
        Assert.False(release.IsProvisional);
        Assert.Single(release.Candidates);
    }

    [Fact]
    public void Only_a_merge_window_can_be_provisional()
    {
        Assert.Throws<ArgumentException>(() => new Release(KernelVersion.Parse("4.0"), ReleaseState.Released, isProvisional: true));
    }

    [Fact]
    public void A_release_is_not_named_by_an_rc()
    {
        Assert.Throws<ArgumentException>(() => new Release(KernelVersion.Parse("4.0-rc1"), ReleaseState.ReleaseCandidates));
    }

    [Fact]
    public void Records_each_rc_once_and_fills_in_a_missing_date()
    {
        var release = new Release(KernelVersion.Parse("4.0"), ReleaseState.ReleaseCandidates);

        release.AddCandidate(2, null);
        release.AddCandidate(2, new DateOnly(2015, 3, 1));
        release.AddCandidate(2, new DateOnly(2099, 1, 1));

        var candidate = Assert.Single(release.Candidates);
        Assert.Equal(new DateOnly(2015, 3, 1), candidate.AnnouncedOn);
    }

    [Fact]
    public void Closing_the_merge_window_and_releasing_advance_the_state()
    {
        var release = new Release(KernelVersion.Parse("3.20"), ReleaseState.MergeWindow, isProvisional: true)
        {
            MergeWindowOpenedOn = new DateOnly(2015, 2, 8),
        };

        release.CloseMergeWindow(new DateOnly(2015, 2, 22));
        Assert.Equal(ReleaseState.ReleaseCandidates, release.State);
        release.MarkReleased(new DateOnly(2015, 4, 12));

        Assert.Equal(ReleaseState.Released, release.State);
        Assert.Equal(63, release.DevelopmentDays);
    }
}
