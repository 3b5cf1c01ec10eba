using System.Text.RegularExpressions;
using KernelPortal.Ingestion.Mail;

namespace KernelPortal.UnitTests.Mail;

/// <summary>
/// Parses the real announcement mails that live beside the project (never in it). <c>.ci/run</c> and
/// <c>scripts/test.sh</c> set <c>KERNELPORTAL_MAIL_CORPUS</c>; when it is set, every mail there must parse.
/// </summary>
public partial class AnnouncementCorpusTests
{
    public const string VariableName = "KERNELPORTAL_MAIL_CORPUS";

    [Fact]
    public void Every_real_mail_in_the_corpus_parses_as_the_announcement_its_file_names()
    {
        var folder = Environment.GetEnvironmentVariable(VariableName);
        Assert.SkipWhen(string.IsNullOrEmpty(folder), $"{VariableName} is not set (./scripts/test.sh sets it when ../shared/data/announcements exists).");
        var files = Directory.GetFiles(folder!, "*.txt");
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var result = AnnouncementParser.Parse(File.ReadAllBytes(file), name);

            Assert.True(result.Error is null, $"{name}: {result.Error}");
            var mail = result.Mail!;
            Assert.True(mail.IsAnnouncement, $"{name}: {mail.NotAnnouncementReason}");
            Assert.Equal(FileVersion().Match(name).Groups["version"].Value, mail.Version.ToString());
            Assert.Matches(@"^[^<>\s]+@[^<>\s]+$", mail.MessageId);
            Assert.NotEqual(TimeSpan.Zero, mail.Date.Offset);
            Assert.False(string.IsNullOrWhiteSpace(mail.Content.Prose), $"{name}: no prose");
            if (mail.Content.Appendix is AppendixKind.Shortlog or AppendixKind.BitKeeperSummary)
            {
                Assert.True(mail.Content.ShortlogCommits > 0, $"{name}: empty shortlog");
                Assert.All(mail.Content.Entries, e => Assert.Equal(e.Count, e.Subjects.Count));
            }
        }
    }

    /// <summary>
    /// The late-rc mails (rc6, rc7, rc8 and finals of 5.2–6.17) against <c>late-rc/index.csv</c>: where Linus states the
    /// next step ("final-next", "another-rc") the reader must say the same, and where the index says "unclear" it must
    /// say nothing. Prints the table.
    /// </summary>
    [Fact]
    public void Reads_what_Linus_says_about_the_next_step_as_the_index_does()
    {
        var folder = Environment.GetEnvironmentVariable(VariableName);
        Assert.SkipWhen(string.IsNullOrEmpty(folder), $"{VariableName} is not set (./scripts/test.sh sets it when ../shared/data/announcements exists).");
        var lateRc = Path.Combine(folder!, "late-rc");
        var index = KernelPortal.Core.Demo.Csv.Parse(File.ReadAllText(Path.Combine(lateRc, "index.csv")));
        var header = index[0].ToList();
        var rows = index.Skip(1).Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
        Assert.NotEmpty(rows);

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{"mail",-20} {"index says",-11} {"read",-7} {"extra rc",-8} sentence");
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            var mail = AnnouncementParser.Parse(File.ReadAllBytes(Path.Combine(lateRc, row["file"])), row["file"]).Mail;
            Assert.NotNull(mail);
            Assert.True(mail.IsAnnouncement, $"{row["file"]}: {mail.NotAnnouncementReason}");
            var rc = row["rc"].Length > 0 ? int.Parse(row["rc"][2..], System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            Assert.Equal(rc, mail.Version!.Value.Rc);
            var expected = row["linus_says"] switch
            {
                "final-next" => "final",
                "another-rc" => $"rc{rc + 1}",
                _ => null,
            };
            var read = mail.Hint.ExpectedNext;
            output?.WriteLine($"{row["file"],-20} {row["linus_says"],-11} {read ?? "–",-7} {mail.Hint.ExpectsExtraRc?.ToString() ?? "–",-8} {mail.Hint.HintSentence}");
            if (read != expected)
            {
                wrong.Add($"{row["file"]}: index says {row["linus_says"]} ('{row["quote"]}'), read {read ?? "nothing"} from '{mail.Hint.HintSentence}'");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [GeneratedRegex(@"^linux-(?<version>.+)\.txt$")]
    private static partial Regex FileVersion();
}
