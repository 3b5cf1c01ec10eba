using System.Globalization;
using System.Text;

namespace KernelPortal.Ingestion.Git;

/// <summary>
/// Streams many blobs through one <c>git cat-file --batch</c>: one process for all of them, so that reading the
/// tree's 50,000 files (statistics) or its Kconfig files (drafts) costs one pipe, not one git call per file.
/// </summary>
public sealed class GitBlobReader(GitRunner git)
{
    /// <summary>
    /// Reads the blobs in order; <paramref name="onChunk"/> gets each blob's bytes in one or more chunks, with the
    /// blob's index in <paramref name="oids"/>. A blob of size 0 gets no chunk.
    /// </summary>
    public async Task ReadAsync(IReadOnlyList<string> oids, Action<int, ReadOnlyMemory<byte>> onChunk, CancellationToken cancellationToken)
    {
        if (oids.Count == 0)
        {
            return;
        }

        using var process = git.Start(["cat-file", "--batch"], redirectInput: true);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);

        // Writing and reading at once: cat-file answers as it reads, and a full pipe would otherwise deadlock.
        var writer = Task.Run(async () =>
        {
            var input = process.StandardInput;
            foreach (var oid in oids)
            {
                await input.WriteAsync(oid.AsMemory(), cancellationToken);
                await input.WriteAsync("\n".AsMemory(), cancellationToken);
            }

            await input.FlushAsync(cancellationToken);
            input.Close();
        }, cancellationToken);

        var stream = new BufferedStream(process.StandardOutput.BaseStream, 1 << 20);
        var buffer = new byte[1 << 20];
        var header = new StringBuilder();
        for (var i = 0; i < oids.Count; i++)
        {
            header.Clear();
            int c;
            while ((c = stream.ReadByte()) is not '\n' and not -1)
            {
                header.Append((char)c);
            }

            // "<oid> blob <size>"
            var parts = header.ToString().Split(' ');
            if (parts.Length != 3 || parts[1] != "blob")
            {
                throw new GitException($"git cat-file answered '{header}' for {oids[i]}");
            }

            var remaining = long.Parse(parts[2], CultureInfo.InvariantCulture);
            while (remaining > 0)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), cancellationToken);
                if (read == 0)
                {
                    throw new GitException("git cat-file ended early");
                }

                onChunk(i, buffer.AsMemory(0, read));
                remaining -= read;
            }

            stream.ReadByte(); // the newline after each object
        }

        await writer;
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new GitException($"git cat-file failed: {(await errors).Trim()}");
        }
    }

    /// <summary>Reads whole blobs as UTF-8 text (invalid bytes become U+FFFD), in the order of <paramref name="oids"/>.</summary>
    public async Task<string[]> ReadTextAsync(IReadOnlyList<string> oids, CancellationToken cancellationToken)
    {
        var contents = new MemoryStream[oids.Count];
        await ReadAsync(oids, (index, chunk) => (contents[index] ??= new MemoryStream()).Write(chunk.Span), cancellationToken);
        return [.. contents.Select(c => c is null ? string.Empty : Encoding.UTF8.GetString(c.GetBuffer(), 0, (int)c.Length))];
    }
}
