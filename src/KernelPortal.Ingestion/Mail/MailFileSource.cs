using System.Runtime.CompilerServices;
using KernelPortal.Ingestion.Sources;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Mails from the file system: single raw mails, mbox files (recognised by their leading "From " line) and
/// folders of either. The way to load history.
/// </summary>
public sealed class MailFileSource(IReadOnlyList<string> paths) : IAnnouncementSource
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
                    await foreach (var result in ReadFileAsync(file, cancellationToken))
                    {
                        yield return result;
                    }
                }
            }
            else
            {
                await foreach (var result in ReadFileAsync(path, cancellationToken))
                {
                    yield return result;
                }
            }
        }
    }

    private static async IAsyncEnumerable<MailParseResult> ReadFileAsync(string file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            yield return MailParseResult.Failed(file, "file not found");
            yield break;
        }

        if (IsMbox(file))
        {
            await using var stream = File.OpenRead(file);
            foreach (var result in AnnouncementParser.ParseMbox(stream, file))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return result;
            }

            yield break;
        }

        var length = new FileInfo(file).Length;
        yield return length > AnnouncementParser.MaxMailBytes
            ? MailParseResult.Failed(file, $"the file is {length:N0} bytes; more than {AnnouncementParser.MaxMailBytes:N0} cannot be one announcement (an mbox starts with a 'From ' line)")
            : AnnouncementParser.Parse(await File.ReadAllBytesAsync(file, cancellationToken), file);
    }

    private static bool IsMbox(string file)
    {
        Span<byte> head = stackalloc byte[5];
        using var stream = File.OpenRead(file);
        return stream.Read(head) == 5 && head.SequenceEqual("From "u8);
    }
}
