using KernelPortal.Web.Compression;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace KernelPortal.Web;

/// <summary>
/// The public answers the output cache decided to keep, held whole — status 200, the headers as sent and the body as
/// bytes — so that <see cref="CachedAnswerMiddleware"/> can send them again before routing and the rest of the pipeline
/// run (ADR-012). Forgotten with the output cache (<see cref="PublicPageCache.ForgetContentAsync"/>) and after
/// <see cref="PublicPageCache.Duration"/> at the latest.
/// </summary>
internal sealed class CachedAnswers(TimeProvider time) : IDisposable
{
    /// <summary>What all answers together may hold; beyond it the memory cache drops the oldest (the output cache keeps its own 100 MB).</summary>
    public const long SizeLimitBytes = 64 * 1024 * 1024;

    /// <summary>Larger answers are left to the output cache alone.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private readonly MemoryCache answers = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });
    private long generation;

    private long sent;

    /// <summary>Changes whenever the content changes: an answer made before that is not kept.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>How many answers went out from their copies (<see cref="CachedAnswerMiddleware"/>) since the start.</summary>
    public long Sent => Interlocked.Read(ref sent);

    public void CountSent() => Interlocked.Increment(ref sent);

    public bool TryGet(string key, out CachedAnswer answer)
    {
        if (answers.TryGetValue(key, out CachedAnswer? found) && found!.ExpiresAt > time.GetUtcNow())
        {
            answer = found;
            return true;
        }

        answer = null!;
        return false;
    }

    /// <summary>Keeps an answer made while the content was at <paramref name="madeAt"/>; a change since then drops it.</summary>
    public void Add(string key, CachedAnswer answer, long madeAt)
    {
        if (madeAt != Generation)
        {
            return;
        }

        answers.Set(key, answer, new MemoryCacheEntryOptions { Size = answer.Size, AbsoluteExpirationRelativeToNow = PublicPageCache.Duration });

        // A change between the check above and the Set: Forget may have cleared before the answer went in.
        if (madeAt != Generation)
        {
            answers.Remove(key);
        }
    }

    public void Forget()
    {
        Interlocked.Increment(ref generation);
        answers.Clear();
    }

    public void Dispose() => answers.Dispose();

    /// <summary>
    /// The same answer for every request that gets the same one from the output cache: scheme, host, path and query (the
    /// output cache varies by fewer query keys; a stricter key only means more entries) and the encoding the compression
    /// picks for its <c>Accept-Encoding</c>.
    /// </summary>
    public static string KeyOf(HttpRequest request) =>
        $"{request.Scheme}://{request.Host.Value}{request.Path.Value}{request.QueryString.Value}\u001e{ContentEncodingChoice.For(request.Headers.AcceptEncoding)}";
}

/// <summary>One answer as it went out: its headers (without Date, Server and the framing, which Kestrel writes), body and time.</summary>
internal sealed record CachedAnswer(KeyValuePair<string, StringValues>[] Headers, byte[] Body, DateTimeOffset Kept, DateTimeOffset ExpiresAt)
{
    public long Size => Body.Length + 64 * (Headers.Length + 1);
}
