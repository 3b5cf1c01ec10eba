using KernelPortal.Ingestion.KernelOrg;
using KernelPortal.Ingestion.Lore;
using KernelPortal.Ingestion.Mail;

namespace KernelPortal.UnitTests.Fuzz;

/// <summary>Mangled mails, feeds and JSON: no crash, no hang, and a clear error when the input is not readable.</summary>
public class ParserFuzzTests
{
    private static byte[] Fixture(params string[] path) => File.ReadAllBytes(Path.Combine([AppContext.BaseDirectory, "fixtures", .. path]));

    [Fact]
    public void The_announcement_parser_answers_every_mangled_mail_with_a_result_never_an_exception()
    {
        var mails = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", "mail"), "*.eml").Select(File.ReadAllBytes).ToList();
        var failures = 0;

        FuzzRun.Run(mails, 101, input =>
        {
            var result = AnnouncementParser.Parse(input, "fuzz.eml");
            if (result.Mail is null)
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Error), "a mail that could not be read has no error message");
                failures++;
            }
        }, _ => false);

        Assert.True(failures > 0, "no mangled mail was rejected: the mutator is not reaching the parser");
    }

    [Fact]
    public void The_mbox_reader_survives_mangled_mailboxes()
    {
        var mbox = string.Join("\n", Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", "mail"), "linux-4.0*.eml")
            .Select(f => "From torvalds@linux-foundation.org Sun Apr 12 22:00:00 2015\n" + File.ReadAllText(f)));

        FuzzRun.Run([System.Text.Encoding.UTF8.GetBytes(mbox)], 21, input =>
        {
            using var stream = new MemoryStream(input);
            foreach (var result in AnnouncementParser.ParseMbox(stream, "fuzz.mbox"))
            {
                Assert.True(result.Mail is not null || !string.IsNullOrWhiteSpace(result.Error));
            }
        }, _ => false);

    }

    [Fact]
    public void The_lore_Atom_reader_reads_or_says_FormatException()
    {
        FuzzRun.Run([Fixture("remote", "lore-search.atom")], 101, input =>
        {
            using var stream = new MemoryStream(input);
            foreach (var entry in LoreAtomReader.Read(stream))
            {
                Assert.NotNull(entry);
            }
        }, error => error is FormatException && error.Message.Length > 0);

    }

    [Fact]
    public void The_kernel_org_releases_reader_reads_or_says_FormatException()
    {
        FuzzRun.Run([Fixture("remote", "kernelorg-releases.json")], 101, input =>
        {
            foreach (var release in KernelOrgReleasesReader.Read(input))
            {
                Assert.NotNull(release);
            }
        }, error => error is FormatException && error.Message.Length > 0);

    }

    [Fact]
    public void The_front_matter_reader_reads_or_says_FormatException()
    {
        var article = """
            ---
            title: "Was 4.0 bringt: Netzwerk"   # comment
            tags: [netzwerk, 'treiber']
            authors:
              - A
              - B
            description: >-
              folded
              lead
            draft: false
            ---
            ## Body
            """u8.ToArray();
        var failures = 0;

        FuzzRun.Run([article], 101, input =>
        {
            try
            {
                var document = KernelPortal.Core.Content.FrontMatterDocument.Parse(System.Text.Encoding.UTF8.GetString(input));
                Assert.NotNull(document.Body);
            }
            catch (FormatException)
            {
                failures++;
                throw;
            }
        }, error => error is FormatException && error.Message.Length > 0);

        Assert.True(failures > 0, "no mangled header was refused: the mutator is not reaching the YAML");
    }
}
