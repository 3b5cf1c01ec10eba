namespace KernelPortal.Core.Releases;

/// <summary>Where an rc's day was taken from, when no announcement of Linus' gives it (that one says so itself).</summary>
public enum RcDateSource
{
    /// <summary>The release history the portal was loaded with (the shared data, the demo content).</summary>
    History,

    /// <summary>A git mirror's <c>vX.Y-rcN</c> tag: the tagger's own day (<c>kportal ingest backfill --git</c>).</summary>
    GitTag,
}
