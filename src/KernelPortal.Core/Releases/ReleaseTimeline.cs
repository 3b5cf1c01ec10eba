namespace KernelPortal.Core.Releases;

/// <summary>
/// Advances the release model from announcements: a final release of X marks X released and opens a merge
/// window for a provisional successor; rc1 of Y closes that window and gives it its real number; every rc is
/// recorded once.
/// </summary>
/// <remarks>
/// The end state depends only on the set of announcements, not on their order: every value written is derived
/// from facts (a release's merge window opens on its predecessor's release day, whichever mail arrives first),
/// and every step is idempotent. So loading history backwards, shuffled or twice gives the same timeline as
/// loading it forwards, which the tests check over permutations.
/// </remarks>
public sealed class ReleaseTimeline(List<Release> releases)
{
    /// <summary>All releases, including ones this timeline added.</summary>
    public IReadOnlyList<Release> Releases => releases;

    /// <summary>Applies the announcement of <paramref name="announced"/> (an rc or a final release) made on <paramref name="day"/>.</summary>
    public TimelineChange Apply(KernelVersion announced, DateOnly day)
    {
        var added = new List<Release>();
        KernelVersion? renamed = null;
        var version = announced.Release;
        var release = releases.Find(r => r.Version == version);
        if (release is null)
        {
            // A provisional release opened by this version's immediate predecessor is this version's merge
            // window under a guessed number.
            var predecessor = ImmediatePredecessor(version, except: null);
            var provisional = predecessor is null
                ? null
                : releases.Find(r => r.IsProvisional && Predecessor(r.Version, except: r) == predecessor);
            if (provisional is not null)
            {
                renamed = provisional.Version;
                provisional.Rename(version);
                release = provisional;
            }
            else
            {
                release = new Release(version, ReleaseState.MergeWindow);
                releases.Add(release);
                added.Add(release);
            }
        }

        if (ImmediatePredecessor(version, except: release) is { ReleasedOn: { } opened })
        {
            release.MergeWindowOpenedOn = opened;
        }

        if (announced.Rc is { } rc)
        {
            release.AddCandidate(rc, day);
            if (rc == 1)
            {
                release.CloseMergeWindow(day);
            }
        }
        else
        {
            release.MarkReleased(day);
            OpenNextMergeWindow(release, day, added);
        }

        return new TimelineChange(release, added, renamed);
    }

    private void OpenNextMergeWindow(Release released, DateOnly day, List<Release> added)
    {
        var successor = releases.Where(r => r.Version > released.Version).MinBy(r => r.Version);
        var opensSuccessor = successor is not null && (successor.IsProvisional
            ? Predecessor(successor.Version, except: successor) == released
            : IsImmediate(released.Version, successor.Version));
        if (!opensSuccessor)
        {
            // Nothing known follows this release directly (the newest release, or a gap in the mails):
            // its merge window belongs to a successor whose number is still a guess.
            var next = new Release(released.Version.ProvisionalSuccessor(), ReleaseState.MergeWindow, isProvisional: true)
            {
                MergeWindowOpenedOn = day,
            };
            releases.Add(next);
            added.Add(next);
        }
        else
        {
            successor!.MergeWindowOpenedOn = day;
        }
    }

    /// <summary>
    /// True when <paramref name="later"/> directly follows <paramref name="earlier"/>: 2.6.13 → 2.6.14, 4.0 → 4.1,
    /// or the newest release of the previous major → X.0 (3.19 → 4.0, 2.6.39 → 3.0), whose number nobody can
    /// predict. Anything else is a gap in what the portal knows, and no date is inferred across it.
    /// </summary>
    public static bool IsImmediate(KernelVersion earlier, KernelVersion later) =>
        earlier.ProvisionalSuccessor() == later
        || (later.Minor == 0 && later.Patch is null && earlier.Major == later.Major - 1);

    private Release? ImmediatePredecessor(KernelVersion version, Release? except) =>
        Predecessor(version, except) is { } candidate && IsImmediate(candidate.Version, version) ? candidate : null;

    // The newest definite release before a version: the one whose release opened that version's merge window.
    private Release? Predecessor(KernelVersion version, Release? except) =>
        releases.Where(r => !r.IsProvisional && r != except && r.Version < version).MaxBy(r => r.Version);
}
