using KernelPortal.Ingestion;
using Microsoft.Extensions.Localization;

namespace KernelPortal.Web.Cms;

/// <summary>
/// A CMS page's action that met a database which does not answer (its retries used up): the page says so in its
/// message and keeps what was entered. Uncaught, the exception would end the page's interactive circuit, and the form
/// with it. The article editor has messages of its own for this (its text, autosave).
/// </summary>
public static class CmsDatabaseFailure
{
    /// <summary>Whether the exception says the database did not answer, not that the data was wrong.</summary>
    public static bool Is(Exception ex) => DatabaseOutage.IsOutage(ex);

    /// <summary>
    /// Reloads a page's list after a change that was stored: if the database stops answering just then, the list stays
    /// as it was until the next load, and the page keeps saying the change was made (which is true).
    /// </summary>
    public static async Task QuietlyAsync(Func<Task> reload)
    {
        try
        {
            await reload();
        }
        catch (Exception ex) when (Is(ex))
        {
            // The change is stored; only the list is behind.
        }
    }

    /// <summary>
    /// Loads a page's data as its circuit starts, and says what went wrong, if anything (null when it loaded). The
    /// prerender has just loaded the data; should the database stop answering in between, the page shows this message
    /// instead of ending its circuit. In the prerender (<paramref name="interactive"/> false) the failure stays the
    /// request's, which answers with the 503 page that says the database is away.
    /// </summary>
    public static async Task<string?> LoadAsync(Func<Task> load, bool interactive, IStringLocalizer<CmsText> L)
    {
        try
        {
            await load();
            return null;
        }
        catch (Exception ex) when (interactive && Is(ex))
        {
            return L["This page could not be loaded: the database did not answer. Reload it in a moment."];
        }
    }

    /// <summary>The message for it, in the CMS's language.</summary>
    public static string Message(IStringLocalizer<CmsText> L) =>
        L["Nothing changed: the database did not answer. What you entered is still here; try again in a moment."];
}
