using KernelPortal.Core.Content;
using KernelPortal.Core.Releases;

namespace KernelPortal.UnitTests.Releases;

public class ReleaseProvenanceTests
{
    private static Release FourZero(params RcDateSource?[] sources)
    {
        // null: the rc's day came with Linus' mail.
        var release = new Release(KernelVersion.Parse("4.0"), ReleaseState.ReleaseCandidates);
        for (var n = 1; n <= sources.Length; n++)
        {
            var rc = release.AddCandidate(n, new DateOnly(2015, 2, 22).AddDays(7 * (n - 1)));
            if (sources[n - 1] is { } source)
            {
                rc.DateSource = source;
            }
            else
            {
                rc.Announcement = new Announcement($"rc{n}@example.org", $"Linux 4.0-rc{n}", "Linus Torvalds <torvalds@linux-foundation.org>", DateTimeOffset.UnixEpoch, "", "", AnnouncementKind.ReleaseCandidate, KernelVersion.Parse($"4.0-rc{n}"));
            }
        }

        return release;
    }

    [Theory]
    [InlineData(new[] { "mail", "mail" }, "Termine der Vorabversionen aus Linus' Ankündigungen.", "Release-candidate dates from Linus' announcements.")]
    [InlineData(new[] { "history", "history" }, "Termine der Vorabversionen aus der Release-Chronik.", "Release-candidate dates from the release history.")]
    [InlineData(new[] { "tag", "tag" }, "Termine der Vorabversionen aus den Git-Tags.", "Release-candidate dates from the git tags.")]
    [InlineData(new[] { "mail", "history" }, "Termine der Vorabversionen aus Linus' Ankündigungen und der Release-Chronik.", "Release-candidate dates from Linus' announcements and the release history.")]
    [InlineData(new[] { "mail", "tag", "history" }, "Termine der Vorabversionen aus Linus' Ankündigungen, den Git-Tags und der Release-Chronik.", "Release-candidate dates from Linus' announcements, the git tags and the release history.")]
    public void The_rc_days_name_every_source_they_came_from(string[] sources, string german, string english)
    {
        var release = FourZero([.. sources.Select(s => s switch { "tag" => RcDateSource.GitTag, "history" => RcDateSource.History, _ => (RcDateSource?)null })]);

        Assert.Equal([german], ReleaseProvenance.Describe(release, releaseMailKnown: false, Language.De));
        Assert.Equal([english], ReleaseProvenance.Describe(release, releaseMailKnown: false, Language.En));
    }
}
