using System.Globalization;
using System.Text;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>Writes announcement mails in the real gmail-era format (headers, prose, shortlog) for any version and date.</summary>
internal static class AnnouncementMailWriter
{
    public static string Mail(string version, DateTimeOffset sent, string? from = null, string? prose = null)
    {
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{prose ?? $"Another week, another {version}. Nothing unusual."}\n\n                 Linus\n\n---\n\n")
            .Append("Fixture Person (2):\n      fixture: fix one thing\n      fixture: fix another thing\n");
        return new StringBuilder()
            .Append("MIME-Version: 1.0\n")
            .Append(CultureInfo.InvariantCulture, $"From: {from ?? "Linus Torvalds <torvalds@linux-foundation.org>"}\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {sent.ToString("ddd, d MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)}{sent.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal)}\n")
            .Append(CultureInfo.InvariantCulture, $"Message-ID: <fixture-{version}-{sent.ToUnixTimeSeconds()}@mail.gmail.com>\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: Linux {version}\n")
            .Append("To: Linux Kernel Mailing List <linux-kernel@vger.kernel.org>\n")
            .Append("Content-Type: text/plain; charset=\"UTF-8\"\n\n")
            .Append(body)
            .ToString();
    }

    /// <summary>3.19 (rc1–rc7, release), 4.0 (rc1–rc7, release), 4.1-rc1: one mail per Sunday, in order.</summary>
    public static List<(string Version, string Mail)> History()
    {
        var mails = new List<(string, string)>();
        var sunday = new DateTimeOffset(2014, 12, 21, 15, 0, 0, TimeSpan.FromHours(-8));
        foreach (var (version, rcs, released) in new[] { ("3.19", 7, true), ("4.0", 7, true), ("4.1", 1, false) })
        {
            for (var n = 1; n <= rcs; n++)
            {
                mails.Add(($"{version}-rc{n}", Mail($"{version}-rc{n}", sunday)));
                sunday = sunday.AddDays(7);
            }

            if (released)
            {
                mails.Add((version, Mail(version, sunday)));
                sunday = sunday.AddDays(14);
            }
        }

        return mails;
    }
}
