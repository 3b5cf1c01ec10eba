using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// The one rule for a pattern that runs out of time. Every pattern here has a wall-clock time limit, and a pattern's
/// first match also compiles its code: on a loaded machine that alone has run past the limit (a corpus mail read, a test
/// sentence read, while the other tests ran). The second try runs compiled code; a text that really makes a pattern run
/// away times out again, and that exception is the caller's (AnnouncementParser says the mail could not be read).
/// </summary>
internal static class PatternTimeLimit
{
    /// <summary><paramref name="read"/>, tried once more if a pattern ran out of time.</summary>
    public static T TryTwice<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (RegexMatchTimeoutException)
        {
            return read();
        }
    }
}
