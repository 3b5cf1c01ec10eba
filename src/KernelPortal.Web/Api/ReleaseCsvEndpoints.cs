using System.Globalization;
using System.Text;
using KernelPortal.Core.Data;
using KernelPortal.Web.Components.Shared;

namespace KernelPortal.Web.Api;

/// <summary><c>/releases.csv</c>: the stats table for spreadsheets (RFC 4180, UTF-8, invariant numbers).</summary>
internal static class ReleaseCsvEndpoints
{
    public static IEndpointRouteBuilder MapReleaseCsv(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/releases.csv", async (PortalDbContext db, CancellationToken ct) =>
        {
            var rows = await ReleaseRow.LoadAsync(db, ct);
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
        return endpoints;
    }

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
