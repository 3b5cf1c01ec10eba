using System.Globalization;
using KernelPortal.Core.Demo;

namespace KernelPortal.Core.Releases;

/// <summary>The real mainline release history 2.6.0–7.2 that ships with the portal (facts, with their sources).</summary>
public static class ReleaseHistory
{
    /// <summary>Reads the embedded <c>releases.csv</c>, oldest release first.</summary>
    public static IReadOnlyList<ReleaseHistoryRow> Load() => Parse(EmbeddedData.Read("releases.csv"));

    /// <summary>Parses text in the <c>releases.csv</c> format; throws <see cref="FormatException"/> naming the bad row.</summary>
    public static IReadOnlyList<ReleaseHistoryRow> Parse(string csv)
    {
        var records = Csv.Parse(csv);
        if (records.Count == 0)
        {
            throw new FormatException("The release history is empty.");
        }

        var header = records[0];
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0
            ? i
            : throw new FormatException($"The release history has no '{name}' column.");

        var version = Column("version");
        var released = Column("release_date");
        var rc1 = Column("rc1_date");
        var numRcs = Column("num_rcs");
        var rcDates = Column("rc_dates");
        var devDays = Column("dev_days");
        var commits = Column("commits");
        var developers = Column("developers");
        var files = Column("files");
        var added = Column("lines_added");
        var removed = Column("lines_removed");
        var releaseVerified = Column("release_date_verified");
        var rc1Verified = Column("rc1_verified");
        var numRcsVerified = Column("num_rcs_verified");
        var sources = Column("sources");

        var rows = new List<ReleaseHistoryRow>(records.Count - 1);
        foreach (var (record, index) in records.Skip(1).Select((r, i) => (r, i + 2)))
        {
            if (record.Length == 1 && record[0].Length == 0)
            {
                continue;
            }

            if (record.Length != header.Length)
            {
                throw new FormatException($"Release history line {index}: expected {header.Length} fields, found {record.Length}.");
            }

            try
            {
                rows.Add(new ReleaseHistoryRow(
                    KernelVersion.Parse(record[version]),
                    DateOnly.ParseExact(record[released], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Date(record[rc1]),
                    Int(record[numRcs]),
                    record[rcDates].Length == 0 ? [] : [.. record[rcDates].Split(';').Select(Date)],
                    Int(record[devDays]),
                    Int(record[commits]),
                    Int(record[developers]),
                    Int(record[files]),
                    Long(record[added]),
                    Long(record[removed]),
                    record[releaseVerified],
                    record[rc1Verified] == "yes",
                    record[numRcsVerified] == "yes",
                    record[sources]));
            }
            catch (FormatException ex)
            {
                throw new FormatException($"Release history line {index} ({record[version]}): {ex.Message}", ex);
            }
        }

        return rows;
    }

    private static DateOnly? Date(string text) =>
        text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int? Int(string text) => text.Length == 0 ? null : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static long? Long(string text) => text.Length == 0 ? null : long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
