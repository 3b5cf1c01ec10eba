namespace KernelPortal.Ingestion.Sources;

/// <summary>Reading remote bodies with a size limit, so a hostile or broken server cannot exhaust memory.</summary>
public static class HttpBodies
{
    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger, whatever Content-Length claimed.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Content.Headers.ContentLength > limit)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
