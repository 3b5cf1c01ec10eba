using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Content;

/// <summary>
/// Full-text search over published articles, each in its own language's stemming: hits in the title rank above hits
/// in the lead, and articles that mention the words only in their text follow, newest first; with highlighted snippets.
/// Relevance is ranked among the newest <see cref="RankWindow"/> matches, which keeps a search fast at 100,000 articles. Any input is accepted: <c>websearch_to_tsquery</c> never fails on syntax, and
/// empty, stop-word-only or overlong queries simply find nothing or are cut.
/// </summary>
public sealed partial class ArticleSearch(PortalDbContext db)
{
    public const int PageSize = 10;
    public const int MaxQueryLength = 200;
    public const int MaxPage = 100;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    // Sentinels mark the hits in ts_headline's output, so the text can be HTML-encoded before <mark> goes in.
    private const char Start = '\u0001';
    private const char Stop = '\u0002';

    /// <summary>The SQL of a search page; public so that a test can assert its shape and the plan can be shown.</summary>
    public const string Sql = """
        WITH q AS (SELECT CASE WHEN {5} = '' THEN websearch_to_tsquery('german', {0}) ELSE to_tsquery('german', {5}) END AS de,
                          websearch_to_tsquery('english', {0}) AS en),
        -- Every match, through the GIN index on the whole text, in the narrow search table that holds the published
        -- articles (migration ArticleSearchTable); only ids and dates are read, so no article row is visited.
        matches AS MATERIALIZED (
            SELECT s.article_id AS id, s.published_at
            FROM article_search s, q
            WHERE s.published_at <= {2}
              AND s.search_vector @@ (q.de || q.en)),
        -- Ranking is costly per row, so only the newest matches are ranked: all of them for specific words, the
        -- newest RankWindow for words that thousands of articles mention (docs/performance.md, search at scale).
        recent AS (
            SELECT id, published_at FROM matches ORDER BY published_at DESC LIMIT greatest({6}, {3} + {4})),
        page AS (
            SELECT r.id, r.published_at, ts_rank_cd(a.search_head, q.de || q.en)::float8 AS rank
            FROM recent r JOIN articles a ON a.id = r.id, q
            ORDER BY rank DESC, r.published_at DESC
            LIMIT {3} OFFSET {4})
        -- Snippets only for the page's hits: ts_headline re-parses the text, far too costly for every match; and
        -- from the window around the first mention (article_search_snippet_source, migration SearchSnippetWindow).
        SELECT a.id, a.slug, a.title, a.lead, a.language, a.published_at, page.rank,
               ts_headline(CASE a.language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END,
                           article_search_snippet_source(a.lead || ' ' || a.body_markdown,
                                                         CASE a.language WHEN 'de' THEN q.de ELSE q.en END),
                           CASE a.language WHEN 'de' THEN q.de ELSE q.en END, {1}) AS snippet,
               (SELECT count(*) FROM matches) AS total
        FROM page JOIN articles a ON a.id = page.id, q
        ORDER BY page.rank DESC, page.published_at DESC
        """;

    /// <summary>How many of the newest matches are ranked by relevance; older ones follow by date.</summary>
    public const int RankWindow = 200;

    /// <summary>One page of hits; an empty query gives an empty result without touching the database.</summary>
    public async Task<SearchResult> SearchAsync(string? query, int page, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var text = Normalise(query);
        page = Math.Clamp(page, 1, MaxPage);
        if (text.Length == 0)
        {
            return new SearchResult(text, page, 0, []);
        }

        var options = $"StartSel={Start}, StopSel={Stop}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
        var rows = await db.Database
            .SqlQueryRaw<SearchRow>(Sql, text, options, now, PageSize, (page - 1) * PageSize, GermanQuery(text), RankWindow)
            .ToListAsync(cancellationToken);
        var hits = rows.Select(r => new SearchHit(r.Id, r.Slug, r.Title, r.Lead, LanguageCodes.FromStoredCode(r.Language), r.PublishedAt, r.Rank, Highlight(r.Snippet))).ToList();
        return new SearchResult(text, page, rows.Count == 0 ? 0 : (int)rows[0].Total, hits);
    }

    /// <summary>
    /// A tsquery for German plain-word queries that tolerates inflection: PostgreSQL's Snowball stemmer maps
    /// "Dateisysteme" to 'dateisystem' but "Dateisystem" to 'dateisyst', so each word is searched as an OR of its
    /// usual endings (each stemmed by PostgreSQL), and the words are ANDed. Queries with websearch syntax (quotes,
    /// "-word", "or") return "" and keep <c>websearch_to_tsquery</c>'s meaning.
    /// </summary>
    public static string GermanQuery(string text)
    {
        if (text.Contains('"', StringComparison.Ordinal) || text.Split(' ').Any(w => w.StartsWith('-') || w.Equals("or", StringComparison.OrdinalIgnoreCase)))
        {
            return string.Empty;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', ':', '!', '?', '(', ')', '[', ']', '.', '\'', '&', '|', '*', '<', '>'))
            .Where(w => w.Length is > 0 and <= 40)
            .Take(10)
            .ToList();
        if (words.Count == 0)
        {
            return string.Empty;
        }

        return string.Join(" & ", words.Select(word =>
        {
            var w = word.ToLowerInvariant();
            var variants = new HashSet<string>(StringComparer.Ordinal) { w };
            if (w.All(char.IsLetter))
            {
                foreach (var ending in Endings)
                {
                    variants.Add(w + ending);
                    if (w.EndsWith(ending, StringComparison.Ordinal) && w.Length - ending.Length >= 4)
                    {
                        variants.Add(w[..^ending.Length]);
                    }
                }
            }

            return "(" + string.Join(" | ", variants.Select(v => "'" + v.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'")) + ")";
        }));
    }

    private static readonly string[] Endings = ["e", "en", "n", "s", "es", "er"];

    /// <summary>Trims, removes control characters, cuts to <see cref="MaxQueryLength"/>.</summary>
    public static string Normalise(string? query)
    {
        var text = new string((query ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return text.Length <= MaxQueryLength ? text : text[..MaxQueryLength];
    }

    /// <summary>HTML-encodes a headline and turns the sentinels into &lt;mark&gt;; Markdown syntax is dropped.</summary>
    public static string Highlight(string snippet)
    {
        var plain = MarkdownNoise().Replace(snippet, " ").Replace('\n', ' ');
        var html = new StringBuilder();
        foreach (var c in plain)
        {
            html.Append(c switch
            {
                Start => "<mark>",
                Stop => "</mark>",
                _ => Encoder.Encode(c.ToString()),
            });
        }

        return Spaces().Replace(html.ToString(), " ").Trim();
    }

    // Link targets, heading and quote markers, emphasis, code fences, table pipes.
    [GeneratedRegex(@"\]\([^)\s]*\)|^#+\s|^>\s?|[*_`|]{1,3}|\[", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkdownNoise();

    [GeneratedRegex(@"\s{2,}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();

    // Column names follow the snake_case convention (ADR-002), which EF applies to this result type too.
    private sealed record SearchRow(int Id, string Slug, string Title, string Lead, string Language, DateTimeOffset? PublishedAt, double Rank, string Snippet, long Total);
}

/// <summary>One hit: the article, its rank and a snippet as safe HTML with &lt;mark&gt; around the matches.</summary>
public sealed record SearchHit(int Id, string Slug, string Title, string Lead, Language Language, DateTimeOffset? PublishedAt, double Rank, string SnippetHtml);

/// <summary>A page of search results.</summary>
public sealed record SearchResult(string Query, int Page, int Total, IReadOnlyList<SearchHit> Hits)
{
    public int Pages => (Total + ArticleSearch.PageSize - 1) / ArticleSearch.PageSize;
}
