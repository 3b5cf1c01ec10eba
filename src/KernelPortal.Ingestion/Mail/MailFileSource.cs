using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using KernelPortal.Ingestion.Sources;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Mails from the file system: single raw mails, mbox files (recognised by their leading "From " line), either of them
/// gzipped (lore's <c>t.mbox.gz</c>, recognised by the gzip magic) and folders of these. The way to load history.
/// </summary>
/// <remarks>
/// A file named on its own is read as a mail whatever it holds, so that a broken mail is an error. A file found in a
/// folder that does not start like a mail (a header line or an mbox's "From ") is passed over with its reason
/// (<see cref="MailParseResult.PassedOver"/>): folders of mails carry indexes and notes beside them.
/// </remarks>
public sealed partial class MailFileSource(IReadOnlyList<string> paths) : IAnnouncementSource
{
    public string Name => "mail files";

    public async IAsyncEnumerable<MailParseResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    await foreach (var result in ReadFileAsync(file, inFolder: true, cancellationToken))
                    {
                        yield return result;
                    }
                }
            }
            else
            {
                await foreach (var result in ReadFileAsync(path, inFolder: false, cancellationToken))
                {
                    yield return result;
                }
            }
        }
    }

    private static async IAsyncEnumerable<MailParseResult> ReadFileAsync(string file, bool inFolder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            yield return MailParseResult.Failed(file, "file not found");
            yield break;
        }

        var (opened, error) = await OpenAsync(file, cancellationToken);
        if (opened is null)
        {
            yield return MailParseResult.Failed(file, error!);
            yield break;
        }

        await using var stream = opened;

        if (IsMbox(stream))
        {
            foreach (var result in AnnouncementParser.ParseMbox(stream, file))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return result;
            }

            yield break;
        }

        if (inFolder && !StartsWithHeader(stream))
        {
            yield return MailParseResult.NotAMail(file, "not a mail: it does not start with a header line; passed over");
            yield break;
        }

        var length = stream.Length;
        if (length > AnnouncementParser.MaxMailBytes)
        {
            yield return MailParseResult.Failed(file, $"the file is {length:N0} bytes; more than {AnnouncementParser.MaxMailBytes:N0} cannot be one announcement (an mbox starts with a 'From ' line)");
            yield break;
        }

        var raw = new byte[length];
        await stream.ReadExactlyAsync(raw, cancellationToken);
        yield return AnnouncementParser.Parse(raw, file);
    }

    /// <summary>The most a gzipped file may unpack to: a year of lore threads is a few megabytes.</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>
    /// The file as a seekable stream: as it is, or unpacked when it starts with the gzip magic (whatever its name); or
    /// why it cannot be read (broken gzip, more than <see cref="MaxUnpackedBytes"/> unpacked).
    /// </summary>
    private static async Task<(Stream? Stream, string? Error)> OpenAsync(string file, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, ex.Message);
        }

        Span<byte> magic = stackalloc byte[2];
        var gzipped = stream.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        stream.Position = 0;
        if (!gzipped)
        {
            return (stream, null);
        }

        await using (stream)
        await using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
        {
            var unpacked = new MemoryStream();
            var buffer = new byte[81920];
            try
            {
                int read;
                while ((read = await gzip.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (unpacked.Length + read > MaxUnpackedBytes)
                    {
                        await unpacked.DisposeAsync();
                        return (null, $"the gzipped file unpacks to more than {MaxUnpackedBytes:N0} bytes; split it");
                    }

                    unpacked.Write(buffer, 0, read);
                }
            }
            catch (InvalidDataException ex)
            {
                await unpacked.DisposeAsync();
                return (null, $"a broken gzip file: {ex.Message}");
            }

            unpacked.Position = 0;
            return (unpacked, null);
        }
    }

    // "Subject: …", "Received: …", "X-Mailer: …": a field name and its colon on the first line.
    private static bool StartsWithHeader(Stream stream)
    {
        var head = new byte[256];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var firstLine = Encoding.ASCII.GetString(head, 0, read).Split('\n')[0];
        return HeaderLine().IsMatch(firstLine);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*:", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeaderLine();

    private static bool IsMbox(Stream stream)
    {
        Span<byte> head = stackalloc byte[5];
        var mbox = stream.Read(head) == 5 && head.SequenceEqual("From "u8);
        stream.Position = 0;
        return mbox;
    }
}
