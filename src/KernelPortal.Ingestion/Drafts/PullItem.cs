namespace KernelPortal.Ingestion.Drafts;

/// <summary>
/// One feature item of a pull-request text: a bullet with its nested bullets, or a prose paragraph.
/// </summary>
/// <param name="Text">The item's own words, continuation lines joined with spaces.</param>
/// <param name="Context">Heading lines above it ("xilinx", "New hardware / drivers"), outermost first, joined with " / "; null when none.</param>
/// <param name="FirstLine">First line of the merge message body it came from (1-based).</param>
/// <param name="LastLine">Last line of the body it came from, nested bullets included.</param>
/// <param name="Children">Nested bullets, kept under their parent.</param>
public sealed record PullItem(string Text, string? Context, int FirstLine, int LastLine, IReadOnlyList<PullItem> Children)
{
    /// <summary>The item's text with its nested bullets, for matching words against what the merge touched.</summary>
    public string AllText => Children.Count == 0 ? Text : Text + " " + string.Join(' ', Children.Select(c => c.AllText));
}
