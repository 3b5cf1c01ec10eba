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

    [GeneratedRegex(@"^linux-(?<version>.+)\.txt$")]
    private static partial Regex FileVersion();
}
