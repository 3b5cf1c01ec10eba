using KernelPortal.Core.Releases;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>Builds releases for tests: <c>new ReleaseBuilder("4.0").Released(2015, 4, 12).WithCandidates(7).Build()</c>.</summary>
public sealed class ReleaseBuilder(string version)
{
    private DateOnly? _released;
    private DateOnly? _opened;
    private int _candidates;
    private bool _provisional;

    public ReleaseBuilder Released(int year, int month, int day)
    {
        _released = new DateOnly(year, month, day);
        return this;
    }

    public ReleaseBuilder OpenedOn(int year, int month, int day)
    {
        _opened = new DateOnly(year, month, day);
        return this;
    }

    public ReleaseBuilder WithCandidates(int count)
    {
        _candidates = count;
        return this;
    }

    public ReleaseBuilder Provisional()
    {
        _provisional = true;
        return this;
    }

    public Release Build()
    {
        var state = _released is not null ? ReleaseState.Released : _candidates > 0 ? ReleaseState.ReleaseCandidates : ReleaseState.MergeWindow;
        var release = new Release(KernelVersion.Parse(version), state, _provisional) { MergeWindowOpenedOn = _opened };
        var day = _opened ?? _released?.AddDays(-63) ?? new DateOnly(2015, 2, 8);
        for (var n = 1; n <= _candidates; n++)
        {
            release.AddCandidate(n, day.AddDays(7 * (n + 1)));
        }

        if (_candidates > 0)
        {
            release.CloseMergeWindow(day.AddDays(14));
        }

        if (_released is { } released)
        {
            release.MarkReleased(released);
        }

        return release;
    }
}
