using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KernelPortal.Web.Compression;

/// <summary>
/// The encoding the response compression middleware will choose for a request's <c>Accept-Encoding</c>, as one of
/// three words — the output cache varies by it instead of by the raw header, which browsers spell in many ways
/// ("gzip, deflate, br", "br, gzip", "gzip;q=1.0, identity; q=0.5, *;q=0").
/// </summary>
/// <remarks>
/// Mirrors the middleware's rule (highest quality wins, a tie goes to the provider registered first: Brotli, then
/// gzip, and identity loses ties; <c>*</c> stands for both; an entry of quality 0 is ignored). A test asks the real pipeline for every shape and compares.
/// </remarks>
internal static class ContentEncodingChoice
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";
    public const string Identity = "identity";

    // Browsers send a handful of spellings, each on every request: each is parsed once (a bounded memo, so that
    // made-up headers cannot grow it).
    private const int MemoLimit = 256;
    private static readonly ConcurrentDictionary<string, string> Memo = new(StringComparer.Ordinal);

    public static string For(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count != 1 || acceptEncoding[0] is not { Length: <= 256 } header)
        {
            return Choose(acceptEncoding);
        }

        if (Memo.TryGetValue(header, out var known))
        {
            return known;
        }

        var choice = Choose(acceptEncoding);
        if (Memo.Count < MemoLimit)
        {
            Memo.TryAdd(header, choice);
        }

        return choice;
    }

    private static string Choose(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding)
            || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var values))
        {
            return Identity;
        }

        double brotli = 0, gzip = 0, identity = 0;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1;
            var name = value.Value.Value;
            if (string.Equals(name, Brotli, StringComparison.OrdinalIgnoreCase))
            {
                brotli = Math.Max(brotli, quality);
            }
            else if (string.Equals(name, Gzip, StringComparison.OrdinalIgnoreCase))
            {
                gzip = Math.Max(gzip, quality);
            }
            else if (string.Equals(name, "*", StringComparison.Ordinal))
            {
                // The middleware stops reading at "*": what follows it does not count.
                brotli = Math.Max(brotli, quality);
                gzip = Math.Max(gzip, quality);
                break;
            }
            else if (string.Equals(name, Identity, StringComparison.OrdinalIgnoreCase))
            {
                identity = Math.Max(identity, quality);
            }
        }

        if (brotli <= 0 && gzip <= 0)
        {
            return Identity;
        }

        var best = brotli >= gzip ? Brotli : Gzip;
        return identity > Math.Max(brotli, gzip) ? Identity : best;
    }
}
