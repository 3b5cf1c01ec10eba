namespace KernelPortal.Ingestion.Mail;

/// <summary>One author's block in an appended shortlog: "Alex Deucher (4):" and the commit subjects.</summary>
/// <param name="Author">The name (or, in BitKeeper-era logs, sometimes an address).</param>
/// <param name="Count">The count Linus' tools printed, or the number of bullets where none was printed.</param>
/// <param name="Subjects">The commit subjects (pull descriptions in a mergelog), wrapped lines joined.</param>
public sealed record ShortlogEntry(string Author, int Count, IReadOnlyList<string> Subjects);
