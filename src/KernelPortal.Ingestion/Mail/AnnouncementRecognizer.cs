using System.Text.RegularExpressions;
using KernelPortal.Core.Releases;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Decides whether a mail is one of Linus' mainline announcements, whatever its subject: the sender, the version
/// in the subject (wherever it stands, with or without a <c>v</c>, however "Linux" is spelt), the body's own words
/// ("I've cut a -rc1", "the final 4.0", "4.0-rc1 is out"), the tag the text names and the appended
/// shortlog or mergelog (and the shortlog's "Linux X.Y" commit, when nothing else names the version) decide together.
/// </summary>
/// <remarks>
/// Order of the checks, each with the reason it gives: a reply or forward (by its subject, or — without a shortlog —
/// by the attribution it opens with); a test release, snapshot or someone's
/// patch set on top of a version (2.6.0-test2, 2.6.20-rc3-mm1); a stable release (three numbers from 3.0 on, four on
/// 2.6); a known announcement subject from someone else (a news repost); a patch or pull request ("[GIT PULL] … for
/// 6.1-rc8", which may carry a shortlog); no version in the subject nor in the text's announcing words; and a mail from
/// Linus whose subject names a version but whose text announces nothing (no shortlog, mergelog or release words): a
/// discussion.
/// <para>One sender besides Linus is taken: a maintainer standing in for him, writing from the kernel's own addresses
/// (kernel.org, linuxfoundation.org) with an announcement subject and the shortlog or mergelog appended — as Greg
/// Kroah-Hartman announced 4.19-rc5 to 4.19 in 2018. A news repost comes from elsewhere and carries no shortlog.</para>
/// </remarks>
public static partial class AnnouncementRecognizer
{
    /// <summary>The announced version, or null with the reason in <paramref name="reason"/>.</summary>
    public static KernelVersion? Recognise(string subject, bool fromLinus, string from, AnnouncementBody content, out string reason)
    {
        subject = SpelledVersion().Replace(GluedLinux().Replace(AnnouncementSubject.PlainDashes(subject).Trim(), "Linux "), Respell);
        subject = RcOfRelease().Replace(subject, m => $"{m.Groups["release"].Value}-rc{RcNumber(m)}");
        if (AnnouncementSubject.ReplyPrefix().IsMatch(subject))
        {
            reason = "a reply or forward (the subject is marked so: Re:, Fwd:, AW:, [Fwd: …], … (fwd))";
            return null;
        }

        // "2.6.0-test2", "2.6.5-bk3", "2.6.20-rc3-mm1": a test release, a snapshot or someone's patch set on top of a
        // version, never that version itself (2.6.0-test2 is not the release 2.6.0).
        if (OtherTree().Match(subject) is { Success: true } other)
        {
            reason = $"a test release, snapshot or patch set ({other.Value}), not a mainline release or rc";
            return null;
        }

        var tokens = VersionToken().Matches(subject).Select(m => m.Groups["version"].Value).ToList();
        if (tokens.FirstOrDefault(IsStable) is { } stable)
        {
            reason = $"a stable release ({stable}), not a mainline announcement";
            return null;
        }

        var strict = AnnouncementSubject.Recognise(subject, out var subjectReason);
        var standIn = strict is not null && content.Appendix != AppendixKind.None && StandIn().IsMatch(from);
        if (!fromLinus && !standIn)
        {
            reason = strict is not null
                ? $"not from Linus Torvalds (From: {Shorten(from)}): a repost or an impostor"
                : $"{subjectReason}; and not from Linus Torvalds (From: {Shorten(from)})";
            return null;
        }

        // "[GIT PULL] Networking fixes for 6.1-rc8", "[PATCH v2] fix the build on 6.1-rc8": a pull request or patch
        // names the rc it is for and may carry a shortlog, but announces nothing.
        if (PatchTag().Match(subject) is { Success: true } tag)
        {
            reason = $"a patch or pull request ({tag.Value.Trim()}), not an announcement";
            return null;
        }

        // A reply whose subject lost its "Re:" (some clients and archives drop it) opens by quoting whom it answers ("On
        // Sun, 25 May 2025, Some Person wrote:" and a quoted line) and carries no shortlog or mergelog.
        if (content.Appendix == AppendixKind.None && Attribution().IsMatch(content.Prose))
        {
            reason = "a reply (it opens by quoting another mail, \"… wrote:\") without a shortlog or mergelog, not an announcement";
            return null;
        }

        var announces = content.Appendix != AppendixKind.None || Announcing().IsMatch(content.Prose);
        // "The 6.8 merge window is closed: 6.8-rc1": a release and one of its rcs in the subject are that rc.
        var named = tokens.Select(t => KernelVersion.TryParse(t, out var v) ? v : (KernelVersion?)null).Where(v => v is not null).ToList();
        var fromSubject = strict ?? named.FirstOrDefault(v => v!.Value.Rc is not null && v.Value.Release == named[0]!.Value.Release) ?? named.FirstOrDefault();
        var fromText = VersionInText(content.Prose, fromSubject);
        // "Merge window for 6.13 is closed" names the release the rc belongs to; the text's "v6.13-rc1" is the version.
        var version = strict is null && fromSubject is { Rc: null } release && fromText is { Rc: not null } rc && rc.Release == release.Release
            ? fromText
            : fromSubject ?? fromText ?? VersionCommit(content);
        if (version is null)
        {
            reason = "no version in the subject, in the text's announcing words nor in a 'Linux X.Y' commit of the shortlog (expected 'Linux X.Y', 'X.Y-rcN' or \"I've cut X.Y-rcN\")";
            return null;
        }

        if (strict is null && !announces)
        {
            reason = $"the subject names {version} but the text does not announce it (no shortlog, mergelog or release words): a discussion";
            return null;
        }

        reason = string.Empty;
        return version;
    }

    /// <summary>
    /// A version named in the prose's announcing words ("I've cut v3.1-rc1", "4.0-rc1 is out", "the final 4.0"), or
    /// an rc number alone ("I've cut a -rc2") completed with the release of <paramref name="subjectVersion"/>.
    /// </summary>
    private static KernelVersion? VersionInText(string prose, KernelVersion? subjectVersion)
    {
        var plain = AnnouncementSubject.PlainDashes(prose);
        foreach (Match match in NamedInText().Matches(plain))
        {
            var named = match.Groups["version"];
            if (OtherTree().Match(plain, named.Index) is { Success: true } other && other.Index == named.Index)
            {
                continue;
            }

            var text = named.Value;
            if (text.StartsWith('-') || text.StartsWith("rc", StringComparison.OrdinalIgnoreCase))
            {
                text = "-" + text.TrimStart('-').ToLowerInvariant();
            }

            if (text.StartsWith('-') && subjectVersion is { } known && KernelVersion.TryParse($"{known.Release}{text}", out var completed))
            {
                return completed;
            }

            if (KernelVersion.TryParse(text, out var version))
            {
                return version;
            }
        }

        return null;
    }

    /// <summary>
    /// The version of the commit that bumps the Makefile, as Linus' own last shortlog line names it ("Linus Torvalds
    /// (1): Linux 6.9-rc4"): the tag the mail announces, when the subject's version is garbled past reading ("Linux
    /// 6,9-rc4") and the text names none.
    /// </summary>
    private static KernelVersion? VersionCommit(AnnouncementBody content) =>
        content.Appendix == AppendixKind.Shortlog
            ? content.Entries.Where(e => e.Author.StartsWith("Linus Torvalds", StringComparison.Ordinal))
                .SelectMany(e => e.Subjects)
                .Select(s => VersionCommitSubject().Match(s))
                .Where(m => m.Success)
                .Select(m => KernelVersion.TryParse(m.Groups["version"].Value, out var v) ? v : (KernelVersion?)null)
                .LastOrDefault(v => v is not null)
            : null;

    /// <summary>
    /// "6.3 rc7", "6.3rc7", "6.3-RC7", "6.3-rc-7", "6.3-rc07" as "6.3-rc7"; "6.3.0" as "6.3" from 3.0 on (2.6.0 was a
    /// release of its own).
    /// </summary>
    private static string Respell(Match match)
    {
        var release = match.Groups["release"].Value;
        if (match.Groups["rc"].Success)
        {
            return $"{release}-rc{RcNumber(match)}";
        }

        return int.TryParse(release.TrimStart('v', 'V').Split('.')[0], out var major) && major >= 3 ? release : match.Value;
    }

    /// <summary>Three numbers from 3.0 on (6.6.37) or four on 2.6 (2.6.32.5) name a stable release.</summary>
    private static bool IsStable(string token)
    {
        var numbers = token.TrimStart('v', 'V').Split('-')[0].Split('.');
        return numbers.Length >= 4 || (numbers.Length == 3 && int.TryParse(numbers[0], out var major) && major >= 3);
    }

    // "rc03" is rc3: the number without its leading zero, as the tag and KernelVersion write it.
    private static int RcNumber(Match match) => int.Parse(match.Groups["rc"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    // A version spelt another way: "6.3 rc7", "6.3rc7", "6.3-RC7", "6.3-rc-7", "6.3-rc07", "6.3.0" — read as "6.3-rc7"
    // and "6.3", never as the release 6.3 followed by a stray word, nor as a stable release. A full stop ends it ("Linux
    // 6.3-rc7."); a point before a digit continues it (6.3.1).
    [GeneratedRegex(@"(?<![\w.])(?<release>[vV]?\d+\.\d+)(?:\.0(?!\w|\.\d))?(?:\s*[-_ ]?\s*[rR][cC]\s*-?\s*(?<rc>\d{1,2})(?!\d))?(?!\w|\.\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpelledVersion();

    // "rc7 for 6.21", "-rc2 of Linux 6.21": the rc named before its release, read as "6.21-rc7".
    [GeneratedRegex(@"(?<![\w.])-?[rR][cC](?<rc>\d{1,2})\s+(?:for|of)\s+(?:linux\s+)?[vV]?(?<release>\d+\.\d+)(?!\w|\.\d|-)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RcOfRelease();

    // "Linux6.1-rc3": the version glued to the name.
    [GeneratedRegex(@"\blinux(?=[vV]?\d+\.\d)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GluedLinux();

    // A version with the suffix of another tree: -testN (2.6.0's test releases), -preN, -bkN and -gitN (snapshots), -mmN,
    // -acN, -rtN, -next (someone's patch set or tree).
    [GeneratedRegex(@"(?<![\w.])[vV]?\d+\.\d+(?:\.\d+)*(?:-rc\d+)?-(?:test|pre|bk|git|mm|ac|rt|next)\d*(?![a-zA-Z])", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherTree();

    // The tag of a patch or pull request at the subject's start: "[PATCH]", "[PATCH v2 3/7]", "[GIT PULL]", "[PULL]", "[RFC]".
    [GeneratedRegex(@"^\s*\[[^\]]*\b(?:PATCH|GIT\s+PULL|PULL|RFC|RESEND)\b[^\]]*\]", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PatchTag();

    // The attribution a reply opens with, followed by a quoted line: "On Sun, 25 May 2025 at 15:00, X wrote:\n> …".
    [GeneratedRegex(@"\A\s*(?:On\s+[^\n]{5,200}?|[^\n]{1,120}?)\s+wrote:[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Attribution();

    // The kernel's own addresses, from which a maintainer standing in for Linus announces.
    [GeneratedRegex(@"@(?:[\w-]+\.)*(?:kernel\.org|linuxfoundation\.org|linux-foundation\.org)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StandIn();

    [GeneratedRegex(@"(?<![\w.])[vV]?(?<version>\d+\.\d+(?:\.\d+)*(?:-rc\d+)?)(?!\w|\.\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VersionToken();

    // The subject of the commit that sets the version: "Linux 6.9-rc4", "Linux 6.9" and nothing else.
    [GeneratedRegex(@"^\s*Linux\s+v?(?<version>\d+\.\d+(?:-rc\d+)?)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VersionCommitSubject();

    // The words of an announcement: "I've cut/tagged/released/pushed out", "… is out", "It's out: …", "the final X.Y",
    // "rc1 is tagged" (not "the fix is tagged for stable"), and the openers of an rc mail: "another week, another rc",
    // "here's rc3" / "here's the latest rc" / "here's an rc8".
    [GeneratedRegex(@"\b(?:another\s+week,?\s+another\s+(?:-?rc|release\s+candidate)\b|here(?:'s|\s+is)\s+(?:the\s+(?:new|latest|next)\s+|another\s+|an?\s+)?(?:-?rc\d{0,2}|release\s+candidate)\b|i(?:'ve|\s+have)?\s+(?:just\s+)?(?:cut|tagged|released|pushed\s+out|pushed|uploaded)|(?:is|are|it's)\s+(?:now\s+)?out\b|(?:-?rc\d{1,2}|v?\d+\.\d+(?:-rc\d{1,2})?)\s+is\s+(?:now\s+)?tagged\b|(?:has|have)\s+been\s+(?:tagged|released|pushed)|the\s+final\s+v?\d+\.\d+|merge\s+window\s+is\s+(?:now\s+)?(?:closed|over|open)|done\s+with\s+the\s+merge\s+window)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Announcing();

    // A version named by announcing words: "cut (a|the) -rc1", "pushed out rc7", "cut v3.1-rc1", "v4.0-rc1 is out",
    // "the final 4.0", "Linux 4.0-rc1 is out", "here's 7.8-rc4" (an rc only: "here's 6.1" may be anything), or the tag
    // named in the text: "the tag is v3.2-rc4", "linux.git tags/v3.2-rc4", "the v3.2-rc4 tag". A 2.6-era version is
    // taken whole ("cut 2.6.25-rc1" is never "2.6").
    [GeneratedRegex(@"(?:\bhere(?:'s|\s+is)\s+(?:linux\s+)?[vV]?(?<version>\d+\.\d+(?:\.\d+)?-rc\d+)\b(?!\.\d)|\b(?:cut|tagged|released|pushed\s+out|pushed)\s+(?:a\s+|the\s+|out\s+)?(?:new\s+)?(?:linux\s+)?[vV]?(?<version>\d+\.\d+(?:\.\d+)?(?:-rc\d+)?|-?rc\d+)\b(?!\.\d)|(?:linux\s+)?[vV]?(?<version>\d+\.\d+(?:\.\d+)?(?:-rc\d+)?)\s+(?:is|has\s+been)\s+(?:now\s+)?(?:out|tagged|released)\b|\bthe\s+final\s+[vV]?(?<version>\d+\.\d+(?:\.\d+)?)\b(?!\.\d)|\btag(?:s/|\s+(?:is\s+|named\s+)?)[vV](?<version>\d+\.\d+(?:\.\d+)?(?:-rc\d+)?)\b(?!\.\d)|\b[vV](?<version>\d+\.\d+(?:\.\d+)?(?:-rc\d+)?)\s+tag\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedInText();
}
