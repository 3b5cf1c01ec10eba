using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Editorial;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Releases;

/// <summary>An editor's correction of a release: its number, dates and provenance note.</summary>
/// <param name="Version">The version as typed ("4.0").</param>
/// <param name="MergeWindowOpenedOn">The day the merge window opened.</param>
/// <param name="Rc1On">The day of rc1.</param>
/// <param name="ReleasedOn">The release day; none puts the release back into its rc phase or merge window.</param>
/// <param name="Notes">Where the dates come from.</param>
public sealed record ReleaseCorrection(string Version, DateOnly? MergeWindowOpenedOn, DateOnly? Rc1On, DateOnly? ReleasedOn, string? Notes);

/// <summary>What became of a correction: saved, or why not (for the editor to read).</summary>
/// <param name="Saved">Whether anything was stored.</param>
/// <param name="Message">What the editor sees.</param>
public sealed record ReleaseCorrectionResult(bool Saved, string Message);

/// <summary>
/// The one write path for release corrections from the CMS: checks the actor's role, validates the number and the
/// order of the dates, keeps the state consistent with them (<see cref="Release.CorrectDates"/>), turns a
/// unique-key race into a message and tells the caches.
/// </summary>
public sealed class ReleaseCorrectionService(IDbContextFactory<PortalDbContext> contexts, IContentChangeNotifier? changes = null)
{
    public async Task<ReleaseCorrectionResult> SaveAsync(int releaseId, ReleaseCorrection correction, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsEditor)
        {
            return new ReleaseCorrectionResult(false, CoreText.T("Only editors and admins correct releases."));
        }

        if (!KernelVersion.TryParse(correction.Version.Trim(), out var version, out var error) || version.IsReleaseCandidate)
        {
            return new ReleaseCorrectionResult(false, CoreText.T("Not saved: '{0}' is not a release version ({1}).", correction.Version, (version.IsReleaseCandidate ? "an rc cannot name a release" : error)));
        }

        if (correction.Rc1On < correction.MergeWindowOpenedOn || correction.ReleasedOn < (correction.Rc1On ?? correction.MergeWindowOpenedOn))
        {
            return new ReleaseCorrectionResult(false, CoreText.T("Not saved: the dates must run merge window → rc1 → release."));
        }

        if (correction.Notes is { Length: > Release.NotesMaxLength })
        {
            return new ReleaseCorrectionResult(false, CoreText.T("Not saved: the note is longer than {0} characters.", Release.NotesMaxLength));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var release = await db.Releases.Include(r => r.Candidates).SingleOrDefaultAsync(r => r.Id == releaseId, cancellationToken);
        if (release is null)
        {
            return new ReleaseCorrectionResult(false, CoreText.T("This release no longer exists."));
        }

        if (release.Version != version)
        {
            var text = version.ToString();
            if (await db.Releases.AnyAsync(r => r.Id != releaseId && r.VersionText == text, cancellationToken))
            {
                return new ReleaseCorrectionResult(false, CoreText.T("Not saved: there is already a release {0}.", version));
            }

            release.Rename(version);
        }

        release.CorrectDates(correction.MergeWindowOpenedOn, correction.Rc1On, correction.ReleasedOn);
        release.Notes = string.IsNullOrWhiteSpace(correction.Notes) ? null : correction.Notes.Trim();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (PortalDatabase.IsUniqueViolation(ex))
        {
            return new ReleaseCorrectionResult(false, CoreText.T("Not saved: there is already a release {0} (saved by someone else a moment ago).", version));
        }

        if (changes is not null)
        {
            await changes.ContentChangedAsync(cancellationToken);
        }

        return new ReleaseCorrectionResult(true, CoreText.T("Linux {0} saved ({1}).", release.VersionText, release.State));
    }
}
