using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KernelPortal.Core.Releases;

/// <summary>
/// A mainline kernel version such as <c>2.6.39</c>, <c>3.0</c> or <c>4.0-rc1</c>, compared numerically.
/// </summary>
/// <remarks>
/// Versions before 3.0 have three parts (2.6.39); from 3.0 on mainline versions have two. A release candidate
/// sorts before its final release (4.0-rc7 &lt; 4.0), and a missing third part counts as zero, so 2.6.39 &lt; 3.0-rc1.
/// Strings never decide the order: "3.19" &lt; "4.0" only happens to be right, "3.9" &lt; "3.10" would not be.
/// </remarks>
public readonly record struct KernelVersion : IComparable<KernelVersion>, IComparable
{
    /// <summary>The highest rc number accepted; Linus has never gone past rc9 (2.6.x had some rc10+ in the BK era).</summary>
    public const int MaxRc = 20;

    private const int MaxComponent = 999;

    public KernelVersion(int major, int minor, int? patch = null, int? rc = null)
    {
        if (major is < 1 or > MaxComponent || minor is < 0 or > MaxComponent || patch is < 0 or > MaxComponent)
        {
            throw new ArgumentOutOfRangeException(nameof(major), $"Version parts must be between 0 and {MaxComponent} (major at least 1).");
        }

        if (rc is < 1 or > MaxRc)
        {
            throw new ArgumentOutOfRangeException(nameof(rc), $"An rc number must be between 1 and {MaxRc}.");
        }

        Major = major;
        Minor = minor;
        Patch = patch;
        Rc = rc;
    }

    /// <summary>First number: 2 in 2.6.39, 4 in 4.0.</summary>
    public int Major { get; }

    /// <summary>Second number: 6 in 2.6.39, 0 in 4.0.</summary>
    public int Minor { get; }

    /// <summary>Third number of a 2.6-era version (39 in 2.6.39); <c>null</c> for two-part versions.</summary>
    public int? Patch { get; }

    /// <summary>The release-candidate number (7 in 4.0-rc7), or <c>null</c> for a final release.</summary>
    public int? Rc { get; }

    /// <summary>True for a release candidate.</summary>
    public bool IsReleaseCandidate => Rc is not null;

    /// <summary>The final release this version belongs to: 4.0 for 4.0-rc3, itself for a release.</summary>
    public KernelVersion Release => new(Major, Minor, Patch);

    /// <summary>Parses a version, throwing <see cref="FormatException"/> that says what is wrong.</summary>
    public static KernelVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new FormatException(error);

    /// <summary>Parses a version such as <c>2.6.39-rc7</c>; a leading <c>v</c> (a git tag) is accepted.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out KernelVersion version) =>
        TryParse(text, out version, out _);

    /// <summary>Parses a version and, on failure, says why in <paramref name="error"/>.</summary>
    public static bool TryParse(string? text, out KernelVersion version, out string error)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A kernel version is required (for example 4.0, 2.6.39 or 4.0-rc1).";
            return false;
        }

        var span = text.Trim();
        if (span.Length > 24)
        {
            error = $"'{Truncate(span)}' is too long to be a kernel version.";
            return false;
        }

        if (span.StartsWith('v'))
        {
            span = span[1..];
        }

        int? rc = null;
        var dash = span.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            var suffix = span[(dash + 1)..];
            if (!suffix.StartsWith("rc", StringComparison.Ordinal) || !TryParseNumber(suffix[2..], out var rcNumber))
            {
                error = $"'{span}' is not a kernel version: after the dash only an rc number may follow (4.0-rc1).";
                return false;
            }

            if (rcNumber is < 1 or > MaxRc)
            {
                error = $"'{span}' is not a kernel version: rc numbers run from 1 to {MaxRc}.";
                return false;
            }

            rc = rcNumber;
            span = span[..dash];
        }

        var parts = span.Split('.');
        if (parts.Length is < 2 or > 3)
        {
            error = $"'{text.Trim()}' is not a kernel version: expected two or three numbers separated by dots (3.19, 2.6.39).";
            return false;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryParseNumber(parts[i], out numbers[i]) || numbers[i] > MaxComponent)
            {
                error = $"'{text.Trim()}' is not a kernel version: '{parts[i]}' is not a number from 0 to {MaxComponent}.";
                return false;
            }
        }

        if (numbers[0] < 1)
        {
            error = $"'{text.Trim()}' is not a kernel version: the major number starts at 1.";
            return false;
        }

        // Three-part numbering ended with 2.6.39; "4.0.1" is a stable release, which this model does not track.
        if (parts.Length == 3 && numbers[0] >= 3)
        {
            error = $"'{text.Trim()}' is a stable release, not a mainline version: from 3.0 on mainline versions have two numbers.";
            return false;
        }

        version = new KernelVersion(numbers[0], numbers[1], parts.Length == 3 ? numbers[2] : null, rc);
        error = string.Empty;
        return true;
    }

    /// <summary>Numeric order: major, minor, patch (missing = 0), then an rc before its release.</summary>
    public int CompareTo(KernelVersion other)
    {
        var result = Major.CompareTo(other.Major);
        if (result == 0)
        {
            result = Minor.CompareTo(other.Minor);
        }

        if (result == 0)
        {
            result = (Patch ?? 0).CompareTo(other.Patch ?? 0);
        }

        if (result == 0)
        {
            result = (Rc ?? int.MaxValue).CompareTo(other.Rc ?? int.MaxValue);
        }

        return result;
    }

    /// <summary>Compares with another <see cref="KernelVersion"/> (for sorting APIs that take the non-generic interface).</summary>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        KernelVersion other => CompareTo(other),
        _ => throw new ArgumentException("A KernelVersion can only be compared with a KernelVersion.", nameof(obj)),
    };

    public static bool operator <(KernelVersion left, KernelVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(KernelVersion left, KernelVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(KernelVersion left, KernelVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(KernelVersion left, KernelVersion right) => left.CompareTo(right) >= 0;

    /// <summary>The version the next merge window is expected to produce, before rc1 names it: 3.19 → 3.20, 2.6.39 → 2.6.40.</summary>
    public KernelVersion ProvisionalSuccessor() =>
        Patch is { } patch ? new KernelVersion(Major, Minor, patch + 1) : new KernelVersion(Major, Minor + 1);

    public override string ToString()
    {
        var text = Patch is { } patch
            ? string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{patch}")
            : string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
        return Rc is { } rc ? string.Create(CultureInfo.InvariantCulture, $"{text}-rc{rc}") : text;
    }

    private static bool TryParseNumber(string text, out int value)
    {
        value = 0;
        // Leading zeros ("3.05") and signs are not how kernel versions are written.
        if (text.Length == 0 || text.Length > 3 || (text.Length > 1 && text[0] == '0') || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        value = int.Parse(text, CultureInfo.InvariantCulture);
        return true;
    }

    private static string Truncate(string text) => text.Length <= 24 ? text : text[..24] + "…";
}
