using System.Globalization;
using System.Text;
using KernelPortal.Core.People;
using KernelPortal.Core.Releases;

namespace KernelPortal.Web.Api;

/// <summary><c>/releases.csv</c>: the stats table for spreadsheets (RFC 4180, UTF-8, invariant numbers).</summary>
internal static class ReleaseCsvEndpoints
{
    public static IEndpointRouteBuilder MapReleaseCsv(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/releases.csv", async (ReleaseSnapshotSource releases, CancellationToken ct) =>
        {
            var rows = (await releases.GetAsync(ct)).Rows;
            var csv = new StringBuilder("version,state,provisional,released_on,rcs,files,lines,lines_without_docs,development_days,commits,files_changed,insertions,deletions,sources\n");
            foreach (var r in rows)
            {
                csv.AppendJoin(',',
                    r.Version.ToString(), r.State.ToString(), r.IsProvisional ? "true" : "false",
                    r.ReleasedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                    r.Rcs.ToString(CultureInfo.InvariantCulture),
                    N(r.Files), N(r.Lines), N(r.LinesWithoutDocs), N(r.DevelopmentDays), N(r.Commits), N(r.FilesChanged), N(r.Insertions), N(r.Deletions),
                    Quote(r.Sources)).Append('\n');
            }

            return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "kernelportal-releases.csv");
        });
        // One release's people figures: every list in one table, a "list" column saying which it is.
        endpoints.MapGet("/releases/{version}/entwickler.csv", async (string version, ReleasePeopleQuery query, CancellationToken ct) =>
        {
            if (!KernelVersion.TryParse(version, out var parsed, out _) || parsed.IsReleaseCandidate)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed version", detail: $"'{version}' is not a release version.");
            }

            if (await query.LoadAsync(parsed.ToString(), ct) is not { People: var people })
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No people figures", detail: $"There are no people figures for {parsed}.");
            }

            var csv = new StringBuilder("list,name,email,count,lines,share\n");
            void Row(string list, string name, string email, long count, long? lines, double? share) =>
                csv.AppendJoin(',', list, Quote(name), Quote(email), count.ToString(CultureInfo.InvariantCulture), N(lines), share?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty).Append('\n');
            foreach (var a in people.TopAuthors)
            {
                Row("authors_by_changesets", a.Name, a.Email, a.Changesets, a.Lines, a.Share);
            }

            foreach (var a in people.TopAuthorsByLines)
            {
                Row("authors_by_lines", a.Name, a.Email, a.Changesets, a.Lines, a.Share);
            }

            foreach (var (list, persons) in new[] { ("reviewers", people.TopReviewers), ("testers", people.TopTesters), ("reporters", people.TopReporters), ("committers_of_others_work", people.SignoffsByNonAuthors) })
            {
                foreach (var p in persons)
                {
                    Row(list, p.Name, p.Email, p.Count, null, null);
                }
            }

            foreach (var e in people.Employers)
            {
                Row("employers", e.Name, string.Empty, e.Changesets, e.Lines, e.Share);
            }

            return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"kernelportal-{parsed}-people.csv");
        });
        return endpoints;
    }

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
