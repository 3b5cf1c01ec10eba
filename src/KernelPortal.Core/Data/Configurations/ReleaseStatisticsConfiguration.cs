using System.Text.Json;
using KernelPortal.Core.People;
using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class ReleaseStatisticsConfiguration : IEntityTypeConfiguration<ReleaseStatistics>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ReleaseStatistics> builder)
    {
        builder.ToTable("release_statistics");
        builder.HasIndex(s => new { s.ReleaseId, s.Source }).IsUnique();
        builder.Property(s => s.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.FromVersion).HasMaxLength(Release.VersionMaxLength);
        builder.Property(s => s.Note).HasMaxLength(ReleaseStatistics.NoteMaxLength);

        // Written whole by the git mirror step and read whole by the people page: one jsonb document, in the same
        // camelCase shape as kportal stats --json and the API.
        builder.Property(s => s.People)
            .HasColumnType("jsonb")
            .HasConversion(
                people => people == null ? null : JsonSerializer.Serialize(people, JsonOptions),
                json => json == null ? null : JsonSerializer.Deserialize<ReleasePeople>(json, JsonOptions));
        builder.Property(s => s.PeopleAuthors)
            .HasColumnType("jsonb")
            .HasConversion(
                authors => authors == null ? null : JsonSerializer.Serialize(authors, JsonOptions),
                json => json == null ? null : JsonSerializer.Deserialize<List<AuthorFigures>>(json, JsonOptions),
                new ValueComparer<List<AuthorFigures>?>(
                    (a, b) => JsonSerializer.Serialize(a, JsonOptions) == JsonSerializer.Serialize(b, JsonOptions),
                    authors => JsonSerializer.Serialize(authors, JsonOptions).GetHashCode(StringComparison.Ordinal),
                    authors => authors == null ? null : authors.ToList()));
    }
}
