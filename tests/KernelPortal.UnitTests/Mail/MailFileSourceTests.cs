using System.IO.Compression;
using System.Text;
using KernelPortal.Ingestion.Mail;

namespace KernelPortal.UnitTests.Mail;

/// <summary>Mails read from files as lore hands them out: a thread's <c>t.mbox.gz</c>, a gzipped mail, broken gzip.</summary>
public sealed class MailFileSourceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kportal-mailfiles-").FullName;

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "mail", "whole", name)).ReplaceLineEndings("\n");

    private string Gzip(string name, string text)
    {
        var path = Path.Combine(folder, name);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(text));
        return path;
    }

    private static async Task<List<MailParseResult>> ReadAll(string path)
    {
        var results = new List<MailParseResult>();
        await foreach (var result in new MailFileSource([path]).ReadAsync(TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        return results;
    }

    [Fact]
    public async Task Passes_over_an_index_beside_the_mails_but_reads_a_named_file_whatever_it_holds()
    {
        File.WriteAllText(Path.Combine(folder, "6.9-rc7.eml"), Fixture("6.9-rc7-simmer.eml"));
        var index = Path.Combine(folder, "index.csv");
        File.WriteAllText(index, "file,version,rc,linus_says,quote\n6.9-rc7.eml,6.9,7,another-rc,\"see: the mail\"\n");
        File.WriteAllText(Path.Combine(folder, "truncated.eml"), "From: Linus Torvalds <torvalds@linux-foundation.org>\nSubject: Linux 6.9-rc");

        var inFolder = (await ReadAll(folder)).ToDictionary(r => Path.GetFileName(r.Source));
        var named = Assert.Single(await ReadAll(index));

        Assert.Equal("6.9-rc7", inFolder["6.9-rc7.eml"].Mail!.Version?.ToString());
        Assert.Null(inFolder["index.csv"].Error);
        Assert.Contains("not a mail", inFolder["index.csv"].PassedOver, StringComparison.Ordinal);
        Assert.NotNull(inFolder["truncated.eml"].Error);
        Assert.Null(named.PassedOver);
        Assert.NotNull(named.Error);
    }

    [Fact]
    public async Task Reads_every_mail_of_a_gzipped_thread_mbox()
    {
        const string reply = "Date: Mon, 6 May 2024 09:00:00 +0200\nFrom: Ada Fixture <ada@example.org>\nSubject: Re: Linux 6.9-rc7\nMessage-ID: <fixture-reply-1@example.org>\n\nThanks, boots fine here.\n";
        var path = Gzip("t.mbox.gz", "From mboxrd@z Thu Jan  1 00:00:00 1970\n" + Fixture("6.9-rc7-simmer.eml") + "\nFrom mboxrd@z Thu Jan  1 00:00:00 1970\n" + reply);

        var results = await ReadAll(path);

        Assert.Equal(2, results.Count);
        Assert.Equal("6.9-rc7", results[0].Mail!.Version?.ToString());
        Assert.Equal("rc8", results[0].Mail!.Hint.ExpectedNext);
        Assert.False(results[1].Mail!.IsAnnouncement);
        Assert.Contains("reply", results[1].Mail!.NotAnnouncementReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_gzipped_single_mail_whatever_its_name()
    {
        var path = Gzip("raw", Fixture("6.6-rc7-summit.eml"));

        var result = Assert.Single(await ReadAll(path));

        Assert.Null(result.Error);
        Assert.Equal("6.6-rc7", result.Mail!.Version?.ToString());
    }

    [Fact]
    public async Task A_broken_gzip_file_is_an_error_that_names_it()
    {
        var path = Path.Combine(folder, "broken.mbox.gz");
        await File.WriteAllBytesAsync(path, [0x1f, 0x8b, 0x08, 0x00, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42], TestContext.Current.CancellationToken);

        var result = Assert.Single(await ReadAll(path));

        Assert.Null(result.Mail);
        Assert.StartsWith("a broken gzip file", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
