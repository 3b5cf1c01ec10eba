using System.Text;
using KernelPortal.Core.Data;
using KernelPortal.Ingestion.Mail;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.BrowserTests;

/// <summary>
/// A release in progress for the browser site, so that the front page shows the forecast with its reasons and its
/// chart: the demo content ends with a release in the past (and rightly shows no forecast today), and the web host reads
/// the real clock. Its rc mails are written in the real format (by the integration tests' <see
/// cref="AnnouncementMailWriter"/>, linked in), with the project's own prose, one on each of the last six Sundays before
/// today, and ingested as <c>kportal ingest mail</c> would.
/// </summary>
internal static class CycleInProgress
{
    /// <summary>The release in progress: the one after the demo content's last.</summary>
    public const string Version = "7.3";

    /// <summary>The sentence of the newest rc's mail that the forecast quotes: Linus expects rc7 to be the last.</summary>
    public const string Rc6Plan = "If it stays that way, rc7 next weekend will be the last one, and the final 7.3 will follow the week after.";

    public static async Task SeedAsync(string connectionString, DateTimeOffset now)
    {
        var services = new ServiceCollection().AddLogging().AddPortalDatabase(connectionString);
        services.AddScoped<AnnouncementIngestor>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var ingestor = scope.ServiceProvider.GetRequiredService<AnnouncementIngestor>();
        // The last Sunday before today, in the afternoon at UTC−7 (still Sunday in UTC), as Linus sends them.
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var lastSunday = today.AddDays(today.DayOfWeek == DayOfWeek.Sunday ? -7 : -(int)today.DayOfWeek);
        for (var rc = 1; rc <= 6; rc++)
        {
            var day = lastSunday.AddDays(-7 * (6 - rc));
            var sent = new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 30)), TimeSpan.FromHours(-7));
            var prose = rc == 6 ? $"Things look calm, and nothing here worries me. {Rc6Plan}" : $"Another week, another rc. rc{rc} is fairly normal in size, and nothing stands out.";
            var parsed = AnnouncementParser.Parse(Encoding.UTF8.GetBytes(AnnouncementMailWriter.Mail($"{Version}-rc{rc}", sent, prose: prose)), $"{Version}-rc{rc}");
            var outcome = await ingestor.IngestAsync(parsed.Mail ?? throw new InvalidOperationException($"{Version}-rc{rc}: {parsed.Error}"), CancellationToken.None);
            if (outcome != MailIngestOutcome.New)
            {
                throw new InvalidOperationException($"{Version}-rc{rc} was not stored: {outcome}");
            }
        }
    }
}
