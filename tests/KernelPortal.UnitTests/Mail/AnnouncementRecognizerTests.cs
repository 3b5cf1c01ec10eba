using System.Text;
using KernelPortal.Ingestion.Mail;

namespace KernelPortal.UnitTests.Mail;

/// <summary>Mails written for these tests in the shapes of real announcements, reposts and replies.</summary>
public class AnnouncementRecognizerTests
{
    private const string Linus = "Linus Torvalds <torvalds@linux-foundation.org>";

    private const string Shortlog = "\n\nLinus\n\n---\n\nAda Fixture (1):\n      ext4: fix a fixture deadlock\n\nBob Fixture (2):\n      net: fix a fixture leak\n      net: fix another fixture leak\n";

    private const string NoLog = "\n\nLinus\n";

    // Linus' own last shortlog line, the commit that sets the version.
    private const string VersionCommit = "\n\nLinus\n\n---\n\nLinus Torvalds (1):\n      Linux 6.9-rc4\n";

    private const string Mergelog = "\n\nLinus\n\n---\n\nAda Fixture (2):\n    ext4 updates\n    jbd2 fixes\n";

    private static ParsedMail Parse(string from, string subject, string body)
    {
        var raw = $"Date: Sun, 4 Sep 2011 15:00:00 -0700\nFrom: {from}\nTo: Linux Kernel Mailing List <linux-kernel@vger.kernel.org>\nSubject: {subject}\nMessage-ID: <fixture-{Guid.NewGuid():N}@example.org>\nContent-Type: text/plain; charset=\"UTF-8\"\n\n{body}";
        var result = AnnouncementParser.Parse(Encoding.UTF8.GetBytes(raw), "fixture");
        Assert.Null(result.Error);
        return result.Mail!;
    }

    [Theory]
    [InlineData("Done with the merge window: v3.1-rc1", "So the merge window is closed, and I've tagged it.", Mergelog, "3.1-rc1")]
    [InlineData("Linsu 3.2-rc3", "Another week, another rc. Nothing stands out.", Shortlog, "3.2-rc3")]
    [InlineData("Merge window closed", "I've cut v3.3-rc1, and the merge window is over.", Mergelog, "3.3-rc1")]
    [InlineData("It's out", "So the final 3.4 is out there now, after a calm last week.", Shortlog, "3.4")]
    [InlineData("3.5-rc2 is out", "Things are looking fairly normal.", Shortlog, "3.5-rc2")]
    [InlineData("Linux 3.6-rc4 – a day late", "I forgot to actually cut it yesterday.", Shortlog, "3.6-rc4")]
    [InlineData("Another week, another rc", "The tag is v3.2-rc4 in the usual place.", Shortlog, "3.2-rc4")]
    [InlineData("Linux 4.20-rc1 is out", "The merge window is closed.", Shortlog, "4.20-rc1")]
    [InlineData("LInux 3.7", "So it's out.", Shortlog, "3.7")]
    [InlineData("linux-3.8-rc1", "The merge window is over.", Mergelog, "3.8-rc1")]
    [InlineData("[ANNOUNCE] 3.9-rc2", "Normal week.", Shortlog, "3.9-rc2")]
    [InlineData("Kernel 3.10-rc3", "Things are calm.", Shortlog, "3.10-rc3")]
    [InlineData("Linux 3.12-rc1 (and a few words on the merge window)", "I've tagged it.", Mergelog, "3.12-rc1")]
    [InlineData("Linux 6.3 rc7", "Things look calm.", Shortlog, "6.3-rc7")]
    [InlineData("Linux 6.3rc7", "Things look calm.", Shortlog, "6.3-rc7")]
    [InlineData("Linux 6.3-rc-7", "Things look calm.", Shortlog, "6.3-rc7")]
    [InlineData("Linux 6.24-rc03", "Another week, another rc.", Shortlog, "6.24-rc3")]
    [InlineData("rc03 for 6.24", "Another week, another rc.", Shortlog, "6.24-rc3")]
    [InlineData("Linux 6.3-RC7", "Things look calm.", Shortlog, "6.3-rc7")]
    [InlineData("Linux v6.3-rc7", "Things look calm.", Shortlog, "6.3-rc7")]
    [InlineData("Linux 6.3.0", "So 6.3 is out.", Shortlog, "6.3")]
    [InlineData("Linux 6.3-rc7 (final next week?)", "Things look calm.", Shortlog, "6.3-rc7")]
    [InlineData("rc7 for 6.21", "I've tagged and pushed out rc7.", Shortlog, "6.21-rc7")]
    [InlineData("-rc2 of Linux 6.21", "Another week, another rc.", Shortlog, "6.21-rc2")]
    [InlineData("Merge window for 6.21 closed", "I've tagged and pushed out rc1.", Mergelog, "6.21-rc1")]
    [InlineData("[ANNOUNCE] Linux 6.3-rc7", "Things look calm.", Shortlog, "6.3-rc7")]
    [InlineData("Linux 6.3 released", "So it's out.", Shortlog, "6.3")]
    [InlineData("6.4-rc1 - merge window closed", "The merge window is over.", Mergelog, "6.4-rc1")]
    [InlineData("Linux 6.4-rc1, and a note about the next merge window", "I've tagged it.", Mergelog, "6.4-rc1")]
    [InlineData("Linus 6.3-rc7", "Things look calm.", Shortlog, "6.3-rc7")]
    [InlineData("Lnux 6.3-rc7", "Things look calm.", Shortlog, "6.3-rc7")]
    [InlineData("Linux 6.3-rc7 is tagged", "Things look calm.", Shortlog, "6.3-rc7")]
    [InlineData("Linux 2.6.0", "So 2.6.0 is out.", Shortlog, "2.6.0")]
    // A round written on 2026-12-02 before running them.
    [InlineData("linux 6.12-rc3", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("Linux-6.12-rc3", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12 -rc3", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12-rc3.", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12-rc3 - this one's a bit bigger", "Things look bigger than usual.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12-rc3 (a day early)", "I'm traveling tomorrow.", Shortlog, "6.12-rc3")]
    [InlineData("Lniux 6.12-rc3", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("[ANN] Linux 6.12-rc3", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("ANNOUNCE: Linux 6.12-rc3", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("v6.12-rc3", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12-rc3 and a note on the rc4 timing", "The next rc may be late.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12 is out", "So the final 6.12 is out.", Shortlog, "6.12")]
    [InlineData("Linux v6.12", "So it's out.", Shortlog, "6.12")]
    [InlineData("Kernel 6.12 released", "So it's out.", Shortlog, "6.12")]
    [InlineData("Linux 6.12 (final)", "So it's out.", Shortlog, "6.12")]
    [InlineData("Another rc", "The v6.12-rc3 tag is pushed out.", Shortlog, "6.12-rc3")]
    [InlineData("Merge window for 6.13 is closed", "I've cut a -rc1, the tag is v6.13-rc1.", Mergelog, "6.13-rc1")]
    // Round 597: a release and one of its rcs in the subject are that rc; two releases are the first.
    [InlineData("The 6.8 merge window is closed: 6.8-rc1", "The merge window is over, and rc1 is tagged.", Mergelog, "6.8-rc1")]
    [InlineData("6.8 merge window closed, 6.8-rc1 tagged", "Two weeks, as usual.", Mergelog, "6.8-rc1")]
    [InlineData("Linux 6.8 released, 6.9 merge window open", "So 6.8 is out.", Shortlog, "6.8")]
    [InlineData("Linux 6.9-rc1 (was: Linux 6.8)", "So two weeks have passed since 6.8, and rc1 is out.", Mergelog, "6.9-rc1")]
    [InlineData("Linux 6.12-rc3 (delayed)", "Sorry for the delay, I was traveling.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12-rc3 - Happy Thanksgiving", "Short week here.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12-rc3 out", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12-rc3, finally", "This took longer than usual.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12-rc3: calm week", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.13-rc1", "The 6.12 release went fine, and the merge window is closed.", Mergelog, "6.13-rc1")]
    [InlineData("Linux 6.12", "So 6.12 is out, and the merge window for 6.13 is open.", Shortlog, "6.12")]
    // A probe round (2026-12-02, third session), written before running it: the 7.x versions, a subject that names two
    // versions, one that says "re-sent", the version after a colon.
    [InlineData("Linux 7.0-rc1", "The merge window is closed, and 7.0-rc1 is tagged.", Mergelog, "7.0-rc1")]
    [InlineData("Linux 7.0", "So 7.0 is out.", Shortlog, "7.0")]
    [InlineData("[ANNOUNCE] v7.1-rc3", "Normal week.", Shortlog, "7.1-rc3")]
    [InlineData("The merge window is closed: 6.19-rc1 is out", "Tagged and pushed.", Mergelog, "6.19-rc1")]
    [InlineData("Linux 6.19-rc8 (the holidays)", "As expected.", Shortlog, "6.19-rc8")]
    [InlineData("Linux 6.12-rc3 (and a heads-up on 6.13)", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12-rc3 (re-sent, the first one bounced)", "Things look normal.", Shortlog, "6.12-rc3")]
    // A second probe round (2026-12-02, fourth session), written before running it: other dashes and spacing, upper case,
    // the 2.6 and 3.0 versions, an empty subject.
    [InlineData("Linux 6.14-rc7 – and 6.15 merge window plans", "Things look calm.", Shortlog, "6.14-rc7")]
    [InlineData("Linux 6.14-rc7 [the last rc?]", "Things look calm.", Shortlog, "6.14-rc7")]
    [InlineData("Linux 3.0-rc1", "I decided to call it 3.0, and the merge window is closed.", Mergelog, "3.0-rc1")]
    [InlineData("Linux 3.0", "So 3.0 is out.", Shortlog, "3.0")]
    [InlineData("Linux 2.6.39-rc7", "Things look calm.", Shortlog, "2.6.39-rc7")]
    [InlineData("Linux 4.0-rc1 (was: 3.20)", "The merge window is closed.", Mergelog, "4.0-rc1")]
    [InlineData("Linux  6.14-rc7", "Things look calm.", Shortlog, "6.14-rc7")]
    [InlineData("Linux 6.14\u2011rc7", "Things look calm.", Shortlog, "6.14-rc7")]
    [InlineData("Linux 6.14\u2013rc7", "Things look calm.", Shortlog, "6.14-rc7")]
    [InlineData("LINUX 6.14-RC7", "Things look calm.", Shortlog, "6.14-rc7")]
    [InlineData("", "I've tagged v6.14-rc2, things look normal.", Shortlog, "6.14-rc2")]
    [InlineData("Linux 6.14-rc7 (unrelated: my new laptop)", "Things look calm.", Shortlog, "6.14-rc7")]
    // Third round (2026-12-02): written with their readings before they were run; "Linux6.1-rc3" was missed, and the
    // last two (a 2.6-era version in the text was read as "2.6") came from looking at why.
    [InlineData("Linux6.1-rc3", "Things look normal.", Shortlog, "6.1-rc3")]
    [InlineData("Linux 6.1-rc3 (tag: v6.1-rc3)", "Things look normal.", Shortlog, "6.1-rc3")]
    [InlineData("Linux 5.0-rc1 (it's 5.0, not 4.21)", "The merge window is closed.", Mergelog, "5.0-rc1")]
    [InlineData("Linux 2.6.24-rc1 -- merge window closed", "It's out.", Mergelog, "2.6.24-rc1")]
    [InlineData("Linux 2.6.26-rc1 released", "It's out.", Mergelog, "2.6.26-rc1")]
    [InlineData("Linux 6.16-rc1 [was: the merge window]", "It's tagged.", Mergelog, "6.16-rc1")]
    [InlineData("[ANNOUNCE] Linux 6.17-rc2 (a bit late)", "Sorry, I was traveling.", Shortlog, "6.17-rc2")]
    [InlineData("Linux 6.17 \u2013 the final", "So it's out.", Shortlog, "6.17")]
    [InlineData("6.17", "So the final 6.17 is out there now.", Shortlog, "6.17")]
    [InlineData("Linux 6.17-rc2", "Nothing exciting, shortlog below.", "", "6.17-rc2")]
    [InlineData("The last rc: 6.17-rc7", "Things look calm.", Shortlog, "6.17-rc7")]
    [InlineData("Linux 6.18-rc1 \u2014 and the merge window is closed", "Tagged.", Mergelog, "6.18-rc1")]
    [InlineData("Linux 6.18-rc1: the 6.18 merge window in numbers", "Tagged.", Mergelog, "6.18-rc1")]
    [InlineData("Linux 4.20 / 5.0 merge window", "So 4.20 is out, and the merge window is open.", Shortlog, "4.20")]
    [InlineData("Linux 6.18-rc3", "Re-sending, the first one got eaten by my mail setup.", Shortlog, "6.18-rc3")]
    [InlineData("Linux 5.4-rc8 (no, really)", "Yes, an rc8.", Shortlog, "5.4-rc8")]
    [InlineData("Linux 6.12-rc3 (and \"git describe\" still says rc2?)", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12-rc3 ;)", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("=?utf-8?q?Linux_6=2E14=E2=80=91rc7?=", "Things look calm.", Shortlog, "6.14-rc7")]
    [InlineData("Linux 6.12-rc3 (and a long\n explanation of why it is late)", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.12-rc3 \u2013 a day early, I'm on a plane tomorrow", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("Linux 6.19-rc1 - merge window closed (and happy holidays)", "I've tagged it.", Mergelog, "6.19-rc1")]
    [InlineData("Linux 6.12-rc3 and 6.13 plans", "Things look normal.", Shortlog, "6.12-rc3")]
    [InlineData("Merge window closed", "I've cut 2.6.25-rc1, and the merge window is over.", Mergelog, "2.6.25-rc1")]
    [InlineData("It's out", "So the final 2.6.39 is out there now.", Shortlog, "2.6.39")]
    // Round 108: an rc mail's own opener announces it where no log follows.
    [InlineData("Kernel 6.22-rc3 is out", "So here we are, another week, another rc. Things look normal.", NoLog, "6.22-rc3")]
    [InlineData("Linux 6.22-rc3 (and a note on travel)", "So here's rc3, and things look calm.", NoLog, "6.22-rc3")]
    // Round 131: "here's" names the rc in the text when the subject does not.
    [InlineData("rc4", "So here's 7.8-rc4, and things look normal.", Shortlog, "7.8-rc4")]
    [InlineData("Sunday", "Here is Linux 7.8-rc4. Go test.", Shortlog, "7.8-rc4")]
    [InlineData("rc4", "So here's 2.6.25-rc4, and things look normal.", Shortlog, "2.6.25-rc4")]
    // A probe of subjects with words after the version: "here's an rc8" and "rc1 is tagged" announce without a log.
    [InlineData("Linux 6.40-rc8 - one more week", "So here's an rc8.", NoLog, "6.40-rc8")]
    [InlineData("6.40-rc1 - merge window closed", "Two weeks have passed, and rc1 is tagged and pushed out.", NoLog, "6.40-rc1")]
    // Round 423: "It's out:" announces as "… is out" does.
    [InlineData("linux-2.6.35-rc1", "It's out: 2.6.35-rc1.", NoLog, "2.6.35-rc1")]
    // Round 436 (guards, 24 subjects read right when first run).
    [InlineData("Linx 6.7", "So 6.7 is out, after a calm last week.", Shortlog, "6.7")]
    [InlineData("The 6.7-rc3 kernel is out", "Nothing unusual this week.", Shortlog, "6.7-rc3")]
    [InlineData("Merge window closed: Linux 6.7-rc1", "Two weeks are up, and I've tagged rc1.", Mergelog, "6.7-rc1")]
    [InlineData("rc3 is out", "I've tagged 6.7-rc3, and it's pretty small.", Shortlog, "6.7-rc3")]
    // Round 579: a subject garbled past reading, or none, and a text that names no version: the commit that sets the
    // version, Linus' own last shortlog line, names the tag the mail announces.
    [InlineData("Linux 6,9-rc4", "Things look normal this week.", VersionCommit, "6.9-rc4")]
    [InlineData("(no subject)", "Things look normal this week.", VersionCommit, "6.9-rc4")]
    [InlineData("Linux 6-9-rc4", "Things look normal this week.", VersionCommit, "6.9-rc4")]
    [InlineData("Weekly rc", "Things look normal this week.", "\n\nLinus\n\n---\n\nAl Viro (1):\n      fs: fix a fixture race\n\nLinus Torvalds (2):\n      Revert \"mm: fixture\"\n      Linux 6.9-rc4\n", "6.9-rc4")]
    [InlineData("Linux 6,9", "So it's out.", "\n\nLinus\n\n---\n\nLinus Torvalds (1):\n      Linux 6.9\n", "6.9")]
    // Round 607: a misspelt "Linux", a subject of the rc alone, words after the version, and a subject without one.
    [InlineData("Lnux 6.9-rc4", "Another Sunday, another rc. Typo in the subject, I know.", VersionCommit, "6.9-rc4")]
    [InlineData("rc4", "I forgot the version in the subject line, but this is 6.9-rc4.", VersionCommit, "6.9-rc4")]
    [InlineData("Linux 6.9-rc4 - the calm one", "It really has been a calm week.", VersionCommit, "6.9-rc4")]
    [InlineData("Merge window closed", "Two weeks are over, and I've tagged 6.10-rc1.", "\n\nLinus\n\n---\n\nLinus Torvalds (1):\n      Linux 6.10-rc1\n", "6.10-rc1")]
    public void Recognises_an_announcement_whatever_its_subject(string subject, string prose, string appendix, string version)
    {
        var mail = Parse(Linus, subject, prose + appendix);

        Assert.True(mail.IsAnnouncement, mail.NotAnnouncementReason);
        Assert.Equal(version, mail.Version.ToString());
    }

    /// <summary>Linus' earlier addresses (Transmeta, OSDL) and the old "address (Name)" form of the From header.</summary>
    [Theory]
    [InlineData("torvalds@linux-foundation.org (Linus Torvalds)", "Linux 2.6.25-rc1", "2.6.25-rc1")]
    [InlineData("Linus Torvalds <torvalds@osdl.org>", "Linux 2.6.16-rc1", "2.6.16-rc1")]
    [InlineData("Linus Torvalds <torvalds@transmeta.com>", "Linux 2.5.75", "2.5.75")]
    public void Knows_Linus_at_his_older_addresses(string from, string subject, string version)
    {
        var mail = Parse(from, subject, "The two weeks are up." + Mergelog);

        Assert.True(mail.IsAnnouncement, mail.NotAnnouncementReason);
        Assert.Equal(version, mail.Version?.ToString());
    }

    /// <summary>A maintainer standing in for Linus (Greg Kroah-Hartman announced 4.19-rc5 to 4.19 in 2018) writes from the kernel's addresses with the shortlog appended.</summary>
    [Theory]
    [InlineData("Greg Kroah-Hartman <gregkh@linuxfoundation.org>", "Linux 4.19-rc5", "4.19-rc5")]
    [InlineData("Greg Kroah-Hartman <gregkh@kernel.org>", "Linux 4.19", "4.19")]
    [InlineData("Linus Torvalds <Torvalds@Linux-Foundation.org>", "Linux 6.12-rc3", "6.12-rc3")]
    public void Takes_the_announcement_of_a_maintainer_standing_in_for_Linus(string from, string subject, string version)
    {
        var mail = Parse(from, subject, "Things look normal this week." + Shortlog);

        Assert.True(mail.IsAnnouncement, mail.NotAnnouncementReason);
        Assert.Equal(version, mail.Version?.ToString());
    }

    [Theory]
    [InlineData(Linus, "Re: Linux 3.1-rc1", "Yes, that is a known issue.", "reply or forward")]
    [InlineData(Linus, "Fwd: Linux 3.1", "See below.", "reply or forward")]
    [InlineData(Linus, "Linux 6.40-rc3 (fwd)", "Things are calm." + Shortlog, "reply or forward (the subject is marked so")]
    [InlineData("Greg Kroah-Hartman <gregkh@linuxfoundation.org>", "Linux 6.6.37", "I'm announcing the release of the 6.6.37 kernel.", "stable release")]
    [InlineData("Kernel News <news@example.org>", "Linux 3.1-rc1", "Linus has released 3.1-rc1, read on for the highlights.", "not from Linus Torvalds")]
    [InlineData(Linus, "Linux 3.1-rc1 breaks suspend?", "Does anybody else see this on their laptop?", "a discussion")]
    [InlineData(Linus, "Lunch plans", "Let's meet at noon.", "no version")]
    [InlineData(Linus, "Re: [GIT PULL] Networking for 3.2-rc4", "Pulled, thanks.", "reply or forward")]
    [InlineData(Linus, "[PATCH] fix the build for 3.2-rc4", "Trivial fix.\n---\n fs/ext4/super.c | 2 +-\n", "a patch or pull request ([PATCH])")]
    [InlineData("Greg KH <greg@kroah.com>", "Linux 3.2.4", "I'm announcing the release of the 3.2.4 kernel.", "stable release")]
    [InlineData(Linus, "RE: Linux 6.12-rc3", "Yes, I saw that too.", "reply or forward")]
    // The probe round of 2026-12-02 (third session).
    [InlineData(Linus, "Re: [ANNOUNCE] Linux 6.12-rc3", "Yes.", "reply or forward")]
    [InlineData(Linus, "[Fwd: Linux 6.12]", "See below.", "reply or forward")]
    [InlineData("Greg Kroah-Hartman <gregkh@linuxfoundation.org>", "[PATCH 6.6 000/123] 6.6.38-rc1 review", "This is the start of the stable review cycle for the 6.6.38 release.", "stable release")]
    [InlineData("Sasha Levin <sashal@kernel.org>", "Linux 6.12.4", "I'm announcing the release of the 6.12.4 kernel." + Shortlog, "stable release")]
    [InlineData(Linus, "Re:Linux 6.12-rc3", "Yes, I saw that too.", "reply or forward")]
    [InlineData(Linus, "AW: Linux 6.12-rc3", "Yes, I saw that too.", "reply or forward")]
    [InlineData(Linus, "Fw: Linux 6.12", "See below.", "reply or forward")]
    [InlineData("LWN <lwn@lwn.net>", "[FYI] Linux 6.12-rc3 is out", "Linus has released 6.12-rc3.", "not from Linus Torvalds")]
    [InlineData("Greg Kroah-Hartman <gregkh@linuxfoundation.org>", "Linux 6.11.3", "I'm announcing the release of the 6.11.3 kernel.", "stable release")]
    [InlineData(Linus, "Linux 6.12-rc3 regression in ext4", "I see this on my machine, does anybody else?", "a discussion")]
    [InlineData("Ada Fixture <ada@example.org>", "[GIT PULL] Networking fixes for 6.12-rc3", "Please pull.", "not from Linus Torvalds")]
    // A repost with the whole shortlog stays a repost when it does not come from the kernel's own addresses.
    [InlineData("Kernel News <news@example.org>", "Linux 6.12-rc3", "Linus has released 6.12-rc3." + Shortlog, "not from Linus Torvalds")]
    // From a kernel address, but a note about the rc rather than its announcement (no shortlog).
    [InlineData("Greg Kroah-Hartman <gregkh@linuxfoundation.org>", "Linux 6.12-rc3", "Linus will be back next week.", "not from Linus Torvalds")]
    // The second probe round (2026-12-02, fourth session).
    [InlineData(Linus, "Re: Linux 6.14-rc7 – and 6.15 merge window plans", "Yes.", "reply or forward")]
    [InlineData(Linus, "Linux 6.14-rc7 boot failure on arm64", "Hmm, I see this too.", "a discussion")]
    [InlineData("Greg Kroah-Hartman <gregkh@linuxfoundation.org>", "Linux 6.13.7", "I'm announcing the release of the 6.13.7 kernel." + Shortlog, "stable release")]
    [InlineData(Linus, "SV: Linux 6.14-rc7", "Yes, I saw that too.", "reply or forward")]
    [InlineData(Linus, "Odp: Linux 6.14-rc7", "Yes, I saw that too.", "reply or forward")]
    // Third round (2026-12-02): "Linux 2.6.0-test2" was read as the release 2.6.0, and in the text as "2.6".
    [InlineData(Linus, "Linux 6.17-rc2 and the ext4 regression", "Ted, can you look at this? I see it on my laptop.", "a discussion")]
    [InlineData(Linus, "Re[2]: Linux 6.12", "Yes.", "reply or forward")]
    [InlineData("Phoronix <news@phoronix.com>", "Linux 6.17-rc2 Released With Many Fixes", "Linus Torvalds just released 6.17-rc2.", "not from Linus Torvalds")]
    [InlineData(Linus, "Linux 6.17 merge window: please send early", "I'll be traveling during the merge window, so please send your pull requests early.", "a discussion")]
    [InlineData(Linus, "Heads-up: 6.18-rc1 will be a day late", "I'm traveling, so rc1 will be out on Monday instead.", "a discussion")]
    [InlineData(Linus, "Linux 6.17-rc2 - what's this warning?", "I get this warning when building with clang.", "a discussion")]
    [InlineData("Greg Kroah-Hartman <gregkh@linuxfoundation.org>", "Linux 6.17.2", "I'm announcing the release of the 6.17.2 kernel." + Shortlog, "stable release")]
    // A reply whose subject lost its "Re:" (2026-12-04): it opens with the attribution and a quoted line, and has no shortlog.
    [InlineData(Linus, "Linux 6.21-rc7", "On Sun, 25 May 2025 at 15:00, Some Person <person@example.org> wrote:\n> Your rc7 breaks my laptop.\n\nPlease send the dmesg.", "a reply (it opens by quoting another mail")]
    [InlineData(Linus, "Linux 6.21", "Some Person <person@example.org> wrote:\n>\n> The final 6.21 does not boot here.\n\nWhich config?", "a reply (it opens by quoting another mail")]
    [InlineData(Linus, "Re: Re: Linux 6.12-rc3", "Yes.", "reply or forward")]
    [InlineData(Linus, "Fwd: [ANNOUNCE] Linux 6.12", "See below.", "reply or forward")]
    [InlineData(Linus, "Linux 2.6.16.5", "Stable.", "stable release")]
    [InlineData(Linus, "The 6.18 merge window is closing early", "I'll close the merge window on Friday, I'm traveling.", "a discussion")]
    [InlineData(Linus, "Linux 6.18-rc3?", "Did anybody see an rc3 announcement? My mail seems to have been eaten.", "a discussion")]
    [InlineData("Linus Torvalds <torvalds@osdl.org>", "Linux 2.6.0-test2", "Things look calm." + Shortlog, "a test release, snapshot or patch set (2.6.0-test2)")]
    [InlineData("Andrew Morton <akpm@osdl.org>", "2.6.20-rc3-mm1", "Patches on top of 2.6.20-rc3.", "a test release, snapshot or patch set (2.6.20-rc3-mm1)")]
    [InlineData(Linus, "Linux 2.6.5-bk3", "Snapshot." + Shortlog, "a test release, snapshot or patch set")]
    [InlineData(Linus, "Another test release", "I've released 2.6.0-test2, things look calm." + Shortlog, "no version")]
    // A fourth round (2026-12-03): a pull request or patch from Linus names an rc and may carry a shortlog.
    [InlineData(Linus, "[GIT PULL] Networking fixes for 6.1-rc8", "Please pull." + Shortlog, "a patch or pull request ([GIT PULL])")]
    [InlineData(Linus, "[PATCH v2 1/3] mm: fix the 6.1-rc8 regression", "I've pushed out a fix, but please test." + Shortlog, "a patch or pull request ([PATCH v2 1/3])")]
    [InlineData(Linus, "[RFC] Linux 6.2-rc1 merge window rules", "The merge window is open." + Shortlog, "a patch or pull request ([RFC])")]
    // Round 108: "here's the rc3 regression" is no opener.
    [InlineData(Linus, "Linux 6.22-rc3 regression", "Here's the rc3 regression I mentioned: the networking one.", "a discussion")]
    // "here's an rc8" and "rc1 is tagged" announce; a tagged fix and "here's a patch" do not.
    [InlineData(Linus, "Linux 6.40-rc3 boot failure", "The fix is tagged for stable, and here's a patch to test.", "a discussion")]
    // Round 436.
    [InlineData("LWN.net <lwn@lwn.net>", "Kernel prepatch 6.7-rc3", "Linus has released 6.7-rc3 for testing. \"Another week, another rc.\"", "not from Linus Torvalds")]
    [InlineData(Linus, "Re: [GIT PULL] networking for 6.7-rc3", "> Please pull.\n\nPulled.", "reply or forward")]
    // Round 579: only Linus' own "Linux X.Y" commit names the version; a shortlog without one names none.
    [InlineData(Linus, "Weekly rc", "Things look normal this week.\n\nLinus\n\n---\n\nAl Viro (1):\n      fs: fix a fixture race\n", "no version in the subject")]
    [InlineData(Linus, "Weekly rc", "Things look normal this week.\n\nLinus\n\n---\n\nAl Viro (1):\n      Linux 6.9-rc4\n", "no version in the subject")]
    [InlineData(Linus, "Weekly rc", "Things look normal this week.\n\nLinus\n\n---\n\nLinus Torvalds (1):\n      Linux 6.9-rc4: fix the fixture build\n", "no version in the subject")]
    public void Leaves_other_mails_other_with_the_reason(string from, string subject, string body, string reason)
    {
        var mail = Parse(from, subject, body);

        Assert.False(mail.IsAnnouncement);
        Assert.Null(mail.Version);
        Assert.Contains(reason, mail.NotAnnouncementReason, StringComparison.Ordinal);
    }
}
