using KernelPortal.Core.Releases;
using KernelPortal.Ingestion.Mail;

namespace KernelPortal.UnitTests.Mail;

/// <summary>Sentences written for these tests in the way Linus writes his rc mails (none is copied from a real mail).</summary>
public class ProseReaderTests
{
    private static ScheduleHint Read(string version, string prose) => ProseReader.Read(KernelVersion.Parse(version), prose);

    [Theory]
    [InlineData("4.7-rc7", "Things look calm. I don't think we'll need an rc8 this time.")]
    [InlineData("4.7-rc7", "No rc8 this time, unless something really bad shows up.")]
    [InlineData("4.7-rc7", "I'm not going to need an rc8, as far as I can tell.")]
    [InlineData("4.7-rc7", "If things stay calm I'll do the final next week.")]
    [InlineData("4.7-rc7", "This should be the last rc, unless something happens.")]
    [InlineData("4.7-rc7", "Barring surprises, expect the final 4.7 release next Sunday.")]
    [InlineData("4.7-rc7", "We're in good shape, so let's have one more quiet week and then it's done.")]
    [InlineData("4.7-rc8", "The extra week did what it was meant to do, so I'm ready for a final 4.7 next weekend.")]
    [InlineData("4.7-rc7", "An rc8 is out of the question at this point.")]
    [InlineData("4.7-rc7", "So rc7 is the last rc before the final release next weekend.")]
    [InlineData("4.7-rc7", "If rc7 stays calm, then the final release is next weekend.")]
    [InlineData("4.7-rc7", "I don't see any reason to delay the final release.")]
    public void Reads_a_final_next_through_negations_and_conditions(string version, string prose)
    {
        var hint = Read(version, prose);

        Assert.Equal("final", hint.ExpectedNext);
        Assert.False(hint.ExpectsExtraRc);
        Assert.Equal(KernelVersion.Parse(version).Rc, hint.ExpectedLastRc);
        Assert.NotNull(hint.HintSentence);
    }

    [Theory]
    [InlineData("4.7-rc7", "There are still a few open regressions, so I'll do an rc8 next weekend.", 8)]
    [InlineData("4.7-rc7", "Normally this would be the last rc, but this time it isn't: there are too many open regressions.", 8)]
    [InlineData("4.7-rc7", "With the holidays, I think we'll keep going for at least two more weeks.", 8)]
    [InlineData("4.7-rc7", "I'll do another rc rather than the final 4.7.", 8)]
    [InlineData("4.7-rc6", "Everything is on schedule: we have two more weeks to go.", 7)]
    [InlineData("4.7-rc6", "Given how big this was, I expect an rc8 at the end of this cycle.", 8)]
    [InlineData("4.7-rc7", "As I said last week, I'll do an rc8 because of the holidays.", 8)]
    public void Reads_another_rc(string version, string prose, int lastRc)
    {
        var hint = Read(version, prose);

        var rc = KernelVersion.Parse(version).Rc!.Value;
        Assert.Equal($"rc{rc + 1}", hint.ExpectedNext);
        Assert.Equal(lastRc, hint.ExpectedLastRc);
        Assert.Equal(lastRc > 7, hint.ExpectsExtraRc);
    }

    /// <summary>
    /// Shapes beyond the phrases of the corpus: the release named with its time in either order ("we'll have 5.8 next
    /// weekend", "the final should be out next weekend", "on the normal schedule"), "the last -rc / release candidate /
    /// one", delays ("slip by a week", "pushed out"), "need another week", denials after the claim ("seems unlikely"),
    /// hedges that reach only their own part of the sentence, steps in sequence ("an rc8 and then the final"), and
    /// alternatives left open ("whether to do an rc8 or the final"). Expected next "" and last rc 0: nothing is read.
    /// </summary>
    [Theory]
    [InlineData("5.8-rc7", "final", 7, "So I'm planning on releasing the final 5.8 next weekend unless something comes up.")]
    [InlineData("5.8-rc7", "final", 7, "We're on track for a normal schedule, so the final should be out next weekend.")]
    [InlineData("5.8-rc7", "final", 7, "Things look calm, so I expect to release 5.8 next weekend.")]
    [InlineData("5.8-rc7", "final", 7, "This will be the last -rc, assuming nothing odd happens.")]
    [InlineData("5.8-rc7", "final", 7, "This is going to be the final rc for this release.")]
    [InlineData("5.8-rc7", "final", 7, "Barring any surprises, the 5.8 release will happen next Sunday.")]
    [InlineData("5.8-rc7", "final", 7, "Unless something bad happens, we'll have 5.8 next weekend.")]
    [InlineData("5.8-rc7", "final", 7, "The plan is still to release v5.8 next weekend.")]
    [InlineData("5.8-rc7", "final", 7, "I think 5.8 will be released on schedule next weekend.")]
    [InlineData("5.8-rc7", "final", 7, "Assuming the calm continues, next weekend will be the final release.")]
    [InlineData("5.8-rc7", "final", 7, "I'm hoping this is the last release candidate.")]
    [InlineData("5.8-rc7", "final", 7, "At this point I don't see any reason for an rc8.")]
    [InlineData("5.8-rc7", "final", 7, "I fully expect this to be the last rc before 5.8.")]
    [InlineData("5.8-rc7", "final", 7, "So unless something dramatic happens, 5.8 final next Sunday.")]
    [InlineData("5.8-rc7", "final", 7, "There doesn't seem to be any reason to drag this out, so I'll tag 5.8 next weekend.")]
    [InlineData("5.8-rc7", "final", 7, "Nothing here looks scary, and I expect to do the final release on the normal schedule.")]
    [InlineData("5.8-rc7", "rc8", 8, "I think we'll need another week, there are still a couple of regressions being chased.")]
    [InlineData("5.8-rc7", "rc8", 8, "So I'll extend the release by a week and do an -rc8.")]
    [InlineData("5.8-rc7", "rc8", 8, "I'm going to do an rc8, because I'll be traveling next weekend.")]
    [InlineData("5.8-rc7", "rc8", 8, "This is not the last rc: I'll do one more.")]
    [InlineData("5.8-rc7", "rc8", 8, "There will be an rc8, and the final the week after that.")]
    [InlineData("5.8-rc7", "rc8", 8, "I'm not entirely happy with where we are, so rc8 it is.")]
    [InlineData("5.8-rc7", "rc8", 8, "It's not going to be the final release next week; expect an rc8.")]
    [InlineData("5.8-rc7", "rc8", 8, "So the final release will slip by a week.")]
    [InlineData("5.8-rc6", "rc7", 7, "Everything looks normal, so we're on track for the usual rc7 and then the final release.")]
    [InlineData("5.8-rc7", "final", 7, "I'm pretty sure this will be the last rc.")]
    [InlineData("5.8-rc7", "final", 7, "So this is it: the final 5.8 will come out next weekend.")]
    [InlineData("5.8-rc7", "final", 7, "I don't expect to do an rc8.")]
    [InlineData("5.8-rc7", "final", 7, "I don't think an rc8 will be needed.")]
    [InlineData("5.8-rc7", "final", 7, "An rc8 seems unlikely at this point.")]
    [InlineData("5.8-rc7", "final", 7, "The next release will be the final 5.8.")]
    [InlineData("5.8-rc7", "final", 7, "I'm planning on doing 5.8 next weekend.")]
    [InlineData("5.8-rc7", "final", 7, "This rc7 is fairly small, and I expect it to be the last one.")]
    [InlineData("5.8-rc7", "final", 7, "The final is going to be next week, knock wood.")]
    [InlineData("5.8-rc7", "final", 7, "Things are calm enough that I expect this to be the last rc, but with the holidays coming up I might still do an rc8.")]
    [InlineData("5.8-rc7", "rc8", 8, "Holidays are coming, so I expect to do an rc8 and then release 5.8 the week after.")]
    [InlineData("5.8-rc7", "rc8", 8, "I don't think we'll have the final next week.")]
    [InlineData("5.8-rc7", "rc8", 8, "There's no way I'm releasing 5.8 next weekend.")]
    [InlineData("5.8-rc7", "rc8", 8, "The release has been pushed out by a week.")]
    [InlineData("5.8-rc7", "rc8", 8, "We may need an rc8, depending on how the networking fixes go.")]
    [InlineData("5.8-rc8", "final", 8, "The extra week was worth it; I'll do the final 5.8 next Sunday.")]
    [InlineData("5.8-rc8", "rc9", 9, "Sadly, we're going to need an rc9.")]
    [InlineData("5.8-rc6", "rc7", 7, "Nothing unusual: we're on track for a release in two weeks.")]
    [InlineData("5.8-rc6", "rc7", 8, "I think this is going to be one of those releases where we'll need three more weeks.")]
    [InlineData("5.8-rc7", "", 0, "If things calm down, I'll release 5.8 next weekend; otherwise there'll be an rc8.")]
    [InlineData("5.8-rc7", "rc8", 8, "With the holidays, next week's rc8 will likely be the last rc.")]
    [InlineData("5.8-rc7", "rc8", 8, "I'll do an rc8, and that should be the last one.")]
    [InlineData("5.8-rc7", "final", 7, "I'd expect the final release to come out in a week.")]
    [InlineData("5.8-rc7", "final", 7, "So v5.8 final next week, unless something bad happens.")]
    [InlineData("5.8-rc7", "final", 7, "Unless something goes horribly wrong, I'll release 5.8 a week from today.")]
    [InlineData("5.8-rc7", "final", 7, "I'm not planning on an rc8.")]
    [InlineData("5.8-rc7", "final", 7, "The 5.8 release is scheduled for next Sunday.")]
    [InlineData("5.8-rc7", "final", 7, "rc8 is not going to happen.")]
    [InlineData("5.8-rc7", "final", 7, "If nothing bad happens, this is the last rc.")]
    [InlineData("5.8-rc7", "final", 7, "I'm hoping that this will be the last rc, but we'll see.")]
    [InlineData("5.8-rc7", "rc8", 8, "So I expect to do an rc8, but if things go well maybe not.")]
    [InlineData("5.8-rc7", "", 0, "We'll have to see if an rc8 is needed.")]
    [InlineData("5.8-rc7", "", 0, "We'll see if I end up doing an rc8.")]
    [InlineData("5.8-rc7", "final", 7, "We'll see if things calm down, but I expect the final 5.8 next weekend.")]
    [InlineData("5.8-rc7", "", 0, "It's too early to tell whether we'll need an rc8.")]
    [InlineData("5.8-rc7", "", 0, "If we end up needing an rc8, so be it.")]
    [InlineData("5.8-rc7", "rc8", 8, "I'm going to drag this out for another week.")]
    [InlineData("5.8-rc7", "final", 7, "rc7 is out, and it's the last rc I expect before the 5.8 release next weekend.")]
    [InlineData("5.8-rc7", "", 0, "We'll have the final networking pull next week, and the final 5.8 will have this fixed.")]
    [InlineData("5.8-rc7", "", 0, "Let's see how next week goes.")]
    [InlineData("5.8-rc7", "", 0, "I'll decide next weekend whether to do an rc8 or the final.")]
    [InlineData("5.8-rc7", "", 0, "It could go either way: rc8 or final, depending on how the fixes look.")]
    [InlineData("5.8-rc7", "", 0, "The merge window for 5.9 will be shorter because of my travel.")]
    [InlineData("5.8-rc7", "", 0, "Go test, and let me know about any regressions.")]
    // Written after the reader had learnt the shapes above, to find what it still missed (19 of 45 did at first).
    [InlineData("6.3-rc7", "final", 7, "I think we're in good shape for 6.3 next weekend.")]
    [InlineData("6.3-rc7", "final", 7, "6.3 is on track for next weekend.")]
    [InlineData("6.3-rc7", "final", 7, "Let's hope this is it. 6.3 next weekend.")]
    [InlineData("6.3-rc7", "final", 7, "The final 6.3 should happen next weekend.")]
    [InlineData("6.3-rc7", "final", 7, "I expect to tag the final release next Sunday.")]
    [InlineData("6.3-rc7", "final", 7, "Let's plan on a 6.3 release next weekend.")]
    [InlineData("6.3-rc7", "final", 7, "It all looks good for a final release next week.")]
    [InlineData("6.3-rc7", "final", 7, "Things look fine for the release to happen next weekend.")]
    [InlineData("6.3-rc7", "final", 7, "I'm expecting to do the 6.3 release next weekend.")]
    [InlineData("6.3-rc7", "final", 7, "This rc7 should be the last one.")]
    [InlineData("6.3-rc7", "final", 7, "So rc7 is likely the last rc.")]
    [InlineData("6.3-rc7", "final", 7, "Nothing here makes me think we need an rc8.")]
    [InlineData("6.3-rc7", "final", 7, "I don't expect to need an rc8.")]
    [InlineData("6.3-rc7", "final", 7, "An rc8 looks unnecessary at this point.")]
    [InlineData("6.3-rc7", "final", 7, "An rc8 shouldn't be necessary.")]
    [InlineData("6.3-rc7", "final", 7, "There's no need for an rc8.")]
    [InlineData("6.3-rc7", "final", 7, "I see no reason to drag out the release.")]
    [InlineData("6.3-rc7", "final", 7, "I don't plan on delaying 6.3.")]
    [InlineData("6.3-rc7", "final", 7, "I'd prefer to avoid an rc8.")]
    [InlineData("6.3-rc7", "final", 7, "I'd rather not do an rc8.")]
    [InlineData("6.3-rc7", "final", 7, "I'll probably cut 6.3 next Sunday.")]
    [InlineData("6.3-rc7", "final", 7, "Assuming nothing bad happens, the final version should be next week.")]
    [InlineData("6.3-rc7", "final", 7, "Assuming nothing bad happens the final version should be next week.")]
    [InlineData("6.3-rc8", "final", 8, "This should be the last rc before 6.3.")]
    [InlineData("6.3-rc7", "rc8", 8, "I'm pretty sure we'll end up with an rc8.")]
    [InlineData("6.3-rc7", "rc8", 8, "I'm not happy with where things are, so there will be an rc8.")]
    [InlineData("6.3-rc7", "rc8", 8, "I suspect this won't be the final rc.")]
    [InlineData("6.3-rc7", "rc8", 8, "6.3 will need an rc8.")]
    [InlineData("6.3-rc7", "rc8", 8, "The release will be a week late.")]
    [InlineData("6.3-rc7", "rc8", 8, "The final will come a week later than usual.")]
    [InlineData("6.3-rc7", "rc8", 8, "I don't think the final will be next weekend.")]
    [InlineData("6.3-rc6", "rc7", 7, "We're on track for the usual rc7 and then the final.")]
    [InlineData("6.3-rc6", "rc7", 8, "Two more rcs to go, I think.")]
    [InlineData("6.3-rc6", "rc7", 7, "Things look normal, so I expect the final in two weeks.")]
    [InlineData("6.3-rc5", "rc6", 7, "We're on schedule for a release in three weeks.")]
    [InlineData("6.3-rc7", "", 0, "Maybe rc8, maybe not.")]
    [InlineData("6.3-rc7", "", 0, "We might need an rc8, we might not.")]
    [InlineData("6.3-rc7", "", 0, "I haven't made up my mind about an rc8 yet.")]
    [InlineData("6.3-rc7", "", 0, "Whether there will be an rc8 depends on what happens this week.")]
    [InlineData("6.3-rc7", "", 0, "I'll decide on rc8 vs final next weekend.")]
    [InlineData("6.3-rc7", "", 0, "It's not clear yet whether we need an rc8.")]
    [InlineData("6.3-rc7", "", 0, "Hard to tell if we'll need an rc8.")]
    [InlineData("6.3-rc7", "", 0, "I don't know yet if there will be an rc8.")]
    [InlineData("6.3-rc7", "", 0, "I'll send the fixes for 6.3 next week.")]
    [InlineData("6.3-rc7", "", 0, "The 6.4 merge window opens next weekend or the one after.")]
    [InlineData("6.3-rc7", "", 0, "Things have been calm for 6.3 and next week I expect more of the same.")]
    [InlineData("6.3-rc7", "", 0, "The release notes will go out next week.")]
    [InlineData("6.3-rc7", "", 0, "Please test the release candidate this weekend.")]
    [InlineData("6.3-rc7", "", 0, "For 6.3 things look calm, and I'll be on vacation next week.")]
    [InlineData("6.3-rc7", "", 0, "Expect the usual pull requests for 6.4 next week.")]
    [InlineData("6.3-rc7", "", 0, "The release will come when it's ready.")]
    [InlineData("6.3-rc7", "", 0, "I'll look at the regressions in 6.3 next week.")]
    [InlineData("6.3-rc7", "", 0, "We'll see how the release looks next week, I might still decide to do an rc8.")]
    [InlineData("6.3-rc7", "final", 7, "Unless something odd happens, the release will be next Sunday.")]
    [InlineData("6.3-rc7", "final", 7, "I'm not expecting any surprises, so 6.3 should be out next weekend.")]
    [InlineData("6.3-rc7", "rc8", 8, "Considering the holidays, the release will be in two weeks.")]
    [InlineData("6.3-rc7", "rc8", 8, "I'll do an rc8 and release 6.3 the week after.")]
    [InlineData("6.3-rc7", "rc8", 8, "We're not quite there yet, so expect one more rc.")]
    [InlineData("6.3-rc7", "rc8", 8, "I'm not comfortable releasing 6.3 next weekend.")]
    [InlineData("6.3-rc8", "final", 8, "The extra rc did its job; 6.3 next weekend.")]
    [InlineData("6.5-rc7", "final", 7, "So things have been fairly calm, and the rc7 changes are small. Unless something odd happens, I expect to release 6.5 next Sunday. Please do give it a final round of testing.")]
    [InlineData("6.5-rc7", "rc8", 8, "This week was not as calm as I'd have liked. We had a couple of nasty regressions, and while they're fixed now, I want some more time for testing, so I'll do an rc8.")]
    [InlineData("6.5-rc7", "", 0, "Things look fairly normal. The shortlog is appended, go test.")]
    [InlineData("6.5-rc6", "rc7", 7, "rc6 is a bit bigger than I'd like, but nothing looks worrisome. We're on track for a normal release schedule.")]
    [InlineData("6.5-rc7", "final", 7, "Things look like we're on a normal schedule.")]
    [InlineData("6.5-rc6", "rc7", 7, "The release is on track for a normal schedule.")]
    [InlineData("6.5-rc7", "rc8", 8, "This cycle is not going to be on the usual schedule.")]
    [InlineData("6.5-rc8", "final", 8, "So the rc8 was a good idea, but things are now calm. The final 6.5 will come out next weekend.")]
    [InlineData("6.5-rc8", "rc9", 9, "Ugh. Things did not calm down, so there will be an rc9.")]
    [InlineData("6.5-rc7", "final", 7, "Nothing surprising here, which is just how I like it at this stage. Next weekend should be the final release.")]
    [InlineData("6.5-rc7", "rc8", 8, "I'm starting to think we'll need an rc8, just because of the timing of the last few fixes.")]
    [InlineData("6.5-rc7", "final", 7, "It's been quiet, and unless the next week is very different, 6.5 will be released next weekend.")]
    [InlineData("6.5-rc7", "rc8", 8, "Because of my travel, I'll do an rc8 rather than release while on the road.")]
    [InlineData("6.5-rc7", "", 0, "I'm traveling next week, but I'll have internet.")]
    [InlineData("6.5-rc7", "final", 7, "With this, I think we're in good shape for the final release.")]
    [InlineData("6.5-rc6", "", 0, "It's too early to say whether this release will need an rc8.")]
    [InlineData("6.5-rc5", "rc6", 7, "Everything looks on track for a normal release in three weeks.")]
    [InlineData("6.8-rc7", "final", 7, "I'm fully expecting this to be the last rc.")]
    [InlineData("6.8-rc7", "final", 7, "Final release next weekend, unless something comes up.")]
    [InlineData("6.8-rc7", "final", 7, "The plan remains a final release next Sunday.")]
    [InlineData("6.8-rc7", "final", 7, "We're in good shape, and I don't see a reason to do an rc8.")]
    [InlineData("6.8-rc7", "final", 7, "No need for an rc8 that I can see.")]
    [InlineData("6.8-rc7", "final", 7, "At this point, an rc8 would surprise me.")]
    [InlineData("6.8-rc7", "rc8", 8, "I'm leaning towards doing an rc8.")]
    [InlineData("6.8-rc7", "rc8", 8, "I've decided to do an rc8.")]
    [InlineData("6.8-rc7", "rc8", 8, "We will have an rc8, since I'll be traveling next weekend.")]
    [InlineData("6.8-rc7", "rc8", 8, "There's going to be an rc8 this time around.")]
    [InlineData("6.8-rc7", "rc8", 8, "This isn't the last rc.")]
    [InlineData("6.8-rc7", "rc8", 8, "I'm not ready to call it done yet, so an rc8 it is.")]
    [InlineData("6.8-rc8", "final", 8, "This should be it, and the final 6.8 will be out next weekend.")]
    [InlineData("6.8-rc6", "rc7", 7, "Things look normal for an rc6, and I expect rc7 to be the last one.")]
    [InlineData("6.8-rc6", "rc7", 8, "I already expect we'll need an rc8 for this release.")]
    [InlineData("6.8-rc7", "", 0, "It remains to be seen whether this will be the last rc.")]
    [InlineData("6.8-rc7", "", 0, "I'll know better next week whether we need an rc8.")]
    [InlineData("6.8-rc7", "", 0, "The final decision on rc8 will be made next weekend.")]
    [InlineData("6.8-rc7", "", 0, "Thanks to everybody who tested rc6.")]
    [InlineData("6.8-rc7", "", 0, "The rc7 changes are mostly driver fixes, as usual.")]
    // Fifth round (2026-12-02), written before running them against the reader.
    [InlineData("6.10-rc7", "final", 7, "I'm hoping to wrap things up next weekend with the final 6.10.")]
    [InlineData("6.10-rc7", "final", 7, "If nothing unexpected comes up, I'll be releasing 6.10 in a week.")]
    [InlineData("6.10-rc7", "final", 7, "Everything is looking good for a regular release schedule, so 6.10 should be out next weekend.")]
    [InlineData("6.10-rc7", "final", 7, "It's calm, and I don't anticipate an rc8.")]
    [InlineData("6.10-rc7", "final", 7, "I don't foresee any need for an rc8.")]
    [InlineData("6.10-rc7", "final", 7, "An rc8 doesn't look necessary.")]
    [InlineData("6.10-rc7", "final", 7, "We're on track to release 6.10 next weekend.")]
    [InlineData("6.10-rc7", "final", 7, "This is likely going to be the last rc before the release.")]
    [InlineData("6.10-rc7", "final", 7, "Absent any big surprises, I'll release the final kernel next Sunday.")]
    [InlineData("6.10-rc7", "final", 7, "So we're on schedule for the release next weekend.")]
    [InlineData("6.10-rc8", "final", 8, "I think we're finally ready, so 6.10 is coming next weekend.")]
    [InlineData("6.10-rc7", "rc8", 8, "I think I'll do an rc8 just to give things another week to settle.")]
    [InlineData("6.10-rc7", "rc8", 8, "I'm planning on an extra rc because of the holidays.")]
    [InlineData("6.10-rc7", "rc8", 8, "It looks like this is going to be an rc8 release.")]
    [InlineData("6.10-rc7", "rc8", 8, "Given the number of late fixes, I'm likely to do an rc8.")]
    [InlineData("6.10-rc7", "rc8", 8, "I'll have to do an rc8, since I'm traveling next weekend.")]
    [InlineData("6.10-rc7", "rc8", 8, "Next weekend will be rc8, not the final.")]
    [InlineData("6.10-rc7", "rc8", 8, "We're going to have one more rc.")]
    [InlineData("6.10-rc7", "rc8", 8, "The final release will be delayed by a week.")]
    [InlineData("6.10-rc7", "rc8", 8, "I'll wait another week before the final release.")]
    [InlineData("6.10-rc8", "rc9", 9, "Since things are still not calm, I'll do an rc9 next week.")]
    [InlineData("6.10-rc6", "rc7", 7, "At this point I expect rc7 to be the last rc.")]
    [InlineData("6.10-rc6", "rc7", 8, "It's looking like this release will need an rc8.")]
    [InlineData("6.10-rc7", "", 0, "We'll see whether we need an rc8.")]
    [InlineData("6.10-rc7", "", 0, "Depending on how the next week goes, it'll be either the final or an rc8.")]
    [InlineData("6.10-rc7", "", 0, "I haven't decided yet whether this will be the last rc.")]
    [InlineData("6.10-rc7", "", 0, "It's possible we'll need an rc8, but it's also possible we won't.")]
    [InlineData("6.10-rc7", "", 0, "Let's see what the week brings.")]
    [InlineData("6.10-rc7", "", 0, "I'm on the fence about an rc8.")]
    [InlineData("6.10-rc7", "", 0, "The rc8 we had for 6.9 was about timing.")]
    [InlineData("6.10-rc7", "rc8", 8, "An rc8 was always the plan for this cycle, because of the holidays.")]
    // Sixth round (2026-12-02): short paragraphs as a mail's prose runs, written before running them.
    [InlineData("6.14-rc7", "final", 7, "So rc7 is out, and things look pretty normal. We had a few networking fixes and the usual driver updates. I'm not seeing anything worrisome, so unless something unexpected happens this week, the plan is to release 6.14 next Sunday. Please test.")]
    [InlineData("6.14-rc7", "rc8", 8, "This rc7 is larger than I would have liked. Part of it is just timing - some of the fixes came in late because of the conference last week - but part of it is that we have a couple of regressions still open. So I'm pretty sure I'll do an rc8 next weekend. Go test.")]
    [InlineData("6.14-rc7", "", 0, "Things have been a bit bumpy. Nothing horrible, but we had a few late regressions. I'll make the call about rc8 next weekend depending on how the week goes.")]
    [InlineData("6.14-rc6", "rc7", 7, "rc6 is a bit smaller than rc5 was, which is how it should be. So I think we're on track for a normal release cycle, with rc7 next week and the final the week after.")]
    [InlineData("6.19-rc8", "final", 8, "I did the rc8 because of my travel schedule, not because anything was wrong, and this last week has been very quiet. So I'll release 6.19 next weekend.")]
    [InlineData("6.14-rc7", "final", 7, "Last release we ended up having an rc8, but this time things look much calmer. I expect to do the final release next weekend.")]
    [InlineData("6.14-rc7", "", 0, "The merge window for 6.15 will open next weekend or the weekend after, depending on how this week goes.")]
    [InlineData("6.14-rc7", "rc8", 8, "I was hoping that this would be the last rc, but the fixes keep coming. So there will be an rc8.")]
    [InlineData("6.9-rc7", "final", 7, "Nothing big stands out. It's mostly small driver fixes, some filesystem fixes and a couple of arch updates. Let's hope next week is calm too, and then I'll tag the final 6.9.")]
    [InlineData("6.14-rc7", "rc8", 8, "With the holidays coming up, a lot of people will be away, so I'll do an rc8 regardless of how things look.")]
    [InlineData("6.14-rc7", "final", 7, "This is going to be the last rc unless something bad happens, so please test it.")]
    [InlineData("6.14-rc6", "rc7", 8, "We're still seeing more fixes than I'd like at this point, so I suspect this will end up being an rc8 release.")]
    [InlineData("6.11-rc7", "final", 7, "Anyway, I don't think there's any reason to drag this release out, so 6.11 should be out next Sunday.")]
    // Seventh round (2026-12-02): rc8, rc6 and rc5 mails, written before running them.
    [InlineData("6.2-rc8", "final", 8, "The rc8 week was nice and quiet, so the final 6.2 should come out next weekend.")]
    [InlineData("6.2-rc8", "final", 8, "This is the extra rc I talked about, and I expect it to also be the last one.")]
    [InlineData("6.2-rc8", "", 0, "rc8 is out, mainly because of the holidays.")]
    [InlineData("6.2-rc8", "rc9", 9, "I'm afraid we're not done yet, and there will be an rc9.")]
    [InlineData("6.2-rc8", "final", 8, "Unless something horrible happens, this will be the last rc for 6.2.")]
    [InlineData("6.2-rc6", "rc7", 7, "We're right on schedule, and rc7 should be the last rc.")]
    [InlineData("6.2-rc6", "rc7", 8, "I think we'll end up doing an rc8 this time, since the holidays slowed things down.")]
    [InlineData("6.2-rc5", "", 0, "Things look fairly normal for an rc5.")]
    [InlineData("6.2-rc6", "", 0, "It's too early to say whether we'll need an rc8, but things are calming down.")]
    [InlineData("6.2-rc6", "rc7", 7, "If things continue like this, rc7 will be the last rc before the final release.")]
    [InlineData("6.2-rc7", "final", 7, "I'm happy to report that things have been calm, which means that I'll likely release 6.2 next weekend.")]
    [InlineData("6.2-rc7", "rc8", 8, "I'm not going to release 6.2 next weekend; there's an rc8 coming.")]
    [InlineData("6.2-rc7", "final", 7, "So this should be the last weekly rc, with the final release a week from now.")]
    [InlineData("6.2-rc7", "", 0, "Whatever happens next week, thanks to everybody who has been testing.")]
    // Eighth round (2026-12-02): whole mails' prose with paragraphs and sign-off, written before running them.
    [InlineData("6.16-rc7", "final", 7, "So rc7 is out, and things look fine.\n\nThe diffstat is a bit bigger than rc6 was, but that's mostly due to a couple of GPU driver updates that had been pending for a while. Outside of that, it's the usual random fixes all over.\n\nI'm not aware of any big outstanding issues, so unless something surprising happens, this is the last rc and I'll release 6.16 next weekend.\n\nGo test,\n\n     Linus")]
    [InlineData("6.16-rc7", "rc8", 8, "Another week, another rc.\n\nThings are fairly calm, but I'm going to be traveling the week after next, and I'd rather not open the merge window while on the road. So I'll do an rc8 next weekend, and the final release the week after that.\n\nThe changes themselves are nothing special: drivers, some networking, and a few filesystem fixes.\n\n     Linus")]
    [InlineData("6.16-rc7", "", 0, "It's Sunday afternoon, so it's time for another rc.\n\nThis one is a bit larger than I would have liked, and there are still a few regressions being looked at. We'll see how things go this week; if it calms down, we'll have the final release next weekend, otherwise there will be an rc8.\n\n     Linus")]
    [InlineData("6.16-rc8", "final", 8, "So the extra week didn't really bring any surprises, which is exactly what I was hoping for.\n\nrc8 is small, and most of it is trivial. I expect to release 6.16 next weekend as planned.\n\n     Linus")]
    [InlineData("6.16-rc6", "rc7", 7, "rc6 is out, and it's pretty much the usual size for this stage.\n\nNothing stands out, and we're on track for the normal schedule: rc7 next weekend, and then the final release the week after unless something odd happens.\n\n     Linus")]
    [InlineData("6.16-rc7", "", 0, "Things are calm, and the shortlog is appended.\n\nThe last couple of weeks have been quiet, which is always nice at this stage of the release.\n\n     Linus")]
    [InlineData("6.16-rc7", "final", 7, "I was a bit worried earlier in the week, because we had a couple of late regressions. But they got sorted out, and at this point I think we're in good shape for the final release next weekend.\n\n     Linus")]
    [InlineData("6.16-rc7", "rc8", 8, "Things aren't quite calm enough for my liking, so I think we'll want one more week before the release.\n\n     Linus")]
    // Ninth round (2026-12-02): whole mails in the shapes of other years' mails, written before running them.
    [InlineData("4.12-rc7", "final", 7, "Things have been pretty quiet this week, and I'm not seeing anything that would make me want to delay the release.\n\nSo this is going to be the last rc. Go out and test it.\n\n                 Linus")]
    [InlineData("4.12-rc7", "rc8", 8, "I was hoping this would be the last rc, but the last week has been more active than I'd like, so I'll do an rc8.\n\nNothing looks really scary, it's just that there's more churn than there should be at this point.\n\n                 Linus")]
    [InlineData("4.12-rc7", "final", 7, "Unless something unexpected comes up, 4.12 final should happen next weekend.\n\nThe appended shortlog is small, mostly drivers and a couple of arch fixes.\n\n                 Linus")]
    [InlineData("4.12-rc7", "", 0, "I'd love for the next one to be the final release, but it's still too early to tell.\n\nThere are a couple of things I'm waiting for.\n\n                 Linus")]
    [InlineData("4.12-rc7", "rc8", 8, "So I'm fairly sure there will be an rc8, if only because I'll be traveling next weekend.\n\n                 Linus")]
    [InlineData("4.15-rc8", "final", 8, "This should be it. The final 4.15 will be out next week, assuming nothing else comes up.\n\n                 Linus")]
    [InlineData("4.12-rc7", "final", 7, "The rc7 changes are tiny, and most of them are one-liners. Let's aim for a final release next Sunday.\n\n                 Linus")]
    [InlineData("4.12-rc6", "rc7", 7, "We're at rc6, and things are looking normal, so the plan is for rc7 next week and the final release a week after.\n\n                 Linus")]
    [InlineData("4.12-rc7", "rc8", 8, "The networking fixes came in late, so I'm going to drag this out for another week with an rc8.\n\n                 Linus")]
    [InlineData("4.12-rc7", "", 0, "I don't have a good feeling either way about whether this is the last rc.\n\n                 Linus")]
    [InlineData("4.12-rc8", "", 0, "rc8 is out. Shortlog appended, nothing really stands out.\n\n                 Linus")]
    [InlineData("4.12-rc5", "", 0, "rc5 is a bit bigger than usual, but it's not alarming at this point.\n\nGo test.\n\n                 Linus")]
    [InlineData("4.12-rc7", "rc8", 8, "There are a couple of known regressions that we haven't sorted out yet, and I'd rather not release with those outstanding. So rc8 it is.\n\n                 Linus")]
    [InlineData("4.12-rc7", "final", 7, "I'm planning on the final 4.12 release next weekend, and the merge window will then overlap with my travel, so it might be a bit shorter than usual.\n\n                 Linus")]
    [InlineData("4.12-rc7", "", 0, "This may be the last rc. Or not. It depends on how the next week goes.\n\n                 Linus")]
    [InlineData("4.9-rc7", "rc8", 8, "I'm going to do an rc8 regardless, because of the holidays.\n\n                 Linus")]
    [InlineData("4.9-rc7", "final", 7, "It looks like we're on schedule for 4.9 to be released next weekend.\n\n                 Linus")]
    [InlineData("4.12-rc7", "", 0, "Last week I said I'd likely do an rc8, but things have calmed down a lot since.\n\nShortlog appended.\n\n                 Linus")]
    // Tenth round (2026-12-02): sentences in the ways Linus has put it in other years, written before running them.
    [InlineData("4.10-rc7", "rc8", 8, "As planned, I'll do an rc8 this time, since the merge window started during the holidays.")]
    [InlineData("4.10-rc7", "rc8", 8, "I'm expecting to do an -rc8, because the networking side is still settling.")]
    [InlineData("4.10-rc7", "final", 7, "The plan is still to do the final 4.10 next weekend.")]
    [InlineData("4.10-rc7", "", 0, "I may end up releasing 4.10 next weekend, but it's a bit early to say.")]
    [InlineData("4.10-rc7", "final", 7, "If nothing surprising happens, I'll cut the final 4.10 next Sunday.")]
    [InlineData("4.10-rc7", "final", 7, "We're looking good for a final release next weekend.")]
    [InlineData("4.10-rc7", "final", 7, "The release is still on track for next Sunday.")]
    [InlineData("4.10-rc8", "final", 8, "I'll release 4.10 next weekend unless something comes up, so please test.")]
    [InlineData("4.10-rc7", "rc8", 8, "I think we'll end up with an rc8.")]
    [InlineData("4.10-rc7", "final", 7, "So unless something odd happens, that's it for the rc's. Final release next weekend.")]
    [InlineData("4.10-rc7", "final", 7, "Nothing horrible is pending, and I expect the final release to be next weekend.")]
    [InlineData("4.10-rc7", "final", 7, "I'm not planning on an rc8.")]
    [InlineData("4.10-rc7", "final", 7, "There won't be an rc8 unless something really bad happens.")]
    [InlineData("4.10-rc7", "final", 7, "I'd like to do the final release next weekend, but we'll have to see how the fixes pan out.")]
    [InlineData("4.10-rc7", "final", 7, "I'll probably make this the last rc.")]
    [InlineData("4.10-rc7", "rc8", 8, "The fixes for the regression should be in rc8, which will come out next Sunday.")]
    [InlineData("4.10-rc7", "final", 7, "I'll be traveling next week, so I'll release the final 4.10 from a hotel room.")]
    [InlineData("4.10-rc7", "final", 7, "So this rc7 is hopefully the last of the rc's.")]
    [InlineData("4.10-rc7", "", 0, "I really hope this is the last rc, but with the amount of fixes still coming in, I wouldn't be surprised by an rc8.")]
    [InlineData("4.10-rc7", "final", 7, "Things are calm enough that I don't see any reason for an rc8.")]
    [InlineData("4.10-rc8", "final", 8, "rc8 is out, and this should be the last one.")]
    [InlineData("4.10-rc7", "rc8", 8, "I'm leaning towards doing an rc8.")]
    [InlineData("4.10-rc7", "", 0, "We'll see what next week brings.")]
    [InlineData("4.10-rc7", "", 0, "Whether we get an rc8 depends on the next few days.")]
    [InlineData("4.10-rc7", "", 0, "I'll decide next weekend whether it's the final or an rc8.")]
    [InlineData("4.10-rc7", "final", 7, "Next week is the final release, assuming the networking fixes land in time.")]
    // Eleventh round (2026-12-02): sentences in the ways Linus has put it in other years, written before running them.
    [InlineData("4.11-rc7", "rc8", 8, "An rc8 is not out of the question at this point.")]
    [InlineData("4.11-rc7", "final", 7, "There's no point in dragging this out.")]
    [InlineData("4.11-rc7", "rc8", 8, "The 4.11-rc8 will be out next Sunday, and the final a week later.")]
    [InlineData("4.11-rc7", "final", 7, "Things are calm, and the final 4.11 is next.")]
    [InlineData("4.11-rc7", "final", 7, "Next up: the final 4.11 release.")]
    [InlineData("4.11-rc7", "rc8", 8, "So I'll do one last rc next weekend before the final.")]
    [InlineData("4.11-rc7", "final", 7, "I expect that the release will come out on time.")]
    [InlineData("4.11-rc7", "rc8", 8, "I'm going to give it an extra week.")]
    [InlineData("4.11-rc7", "rc8", 8, "We'll do rc8 next week and then see.")]
    [InlineData("4.11-rc7", "rc8", 8, "rc8 next week, final the week after.")]
    [InlineData("4.11-rc7", "rc8", 8, "There will probably be an rc8 - the networking fixes are still trickling in.")]
    [InlineData("4.11-rc7", "final", 7, "So here's the last rc, rc7.")]
    [InlineData("4.11-rc7", "final", 7, "Unless something comes up, I'll wrap things up next weekend.")]
    [InlineData("4.11-rc7", "final", 7, "This should be the final rc.")]
    [InlineData("4.11-rc7", "final", 7, "I'm not planning on doing an rc8 unless something goes wrong.")]
    [InlineData("4.11-rc8", "", 0, "I was going to do the final this weekend, but there was a late regression, so here's an rc8 instead.")]
    [InlineData("4.11-rc8", "", 0, "So this is the rc8 that I hinted at last week.")]
    [InlineData("4.11-rc8", "final", 8, "The final release is planned for next weekend.")]
    [InlineData("4.11-rc6", "rc7", 7, "We're still on track for the regular schedule.")]
    [InlineData("4.11-rc6", "rc7", 7, "Things look on schedule, so two more weeks.")]
    [InlineData("4.11-rc5", "", 0, "It's still early, but things look normal.")]
    [InlineData("4.11-rc7", "final", 7, "It's calm, it's small, and I'm hopeful that this is the last rc.")]
    [InlineData("4.11-rc7", "final", 7, "I'll be releasing 4.11 in a week unless something happens.")]
    // Twelfth round (2026-12-02): whole mails whose other paragraphs talk about fixes, people, other trees and travel in
    // the words of a schedule, written before running them.
    [InlineData("4.13-rc7", "", 0, "The biggest single change this week is the revert of the scheduler change that caused the regressions in rc5. The final fix for that will come through the tip tree, but it's not urgent.\n\nOther than that, it's drivers, some arch updates, and a couple of filesystem fixes.\n\n                Linus")]
    [InlineData("4.13-rc7", "final", 7, "The biggest single change this week is the revert of the scheduler change that caused the regressions in rc5. The final fix for that will come through the tip tree next week.\n\nOther than that, it's drivers and arch updates. Unless something unexpected happens, this is the last rc.\n\n                Linus")]
    [InlineData("4.13-rc7", "", 0, "Greg will be doing the 4.12 stable releases as usual, and the next one should be out next week.\n\nThe rc itself is small.\n\n                Linus")]
    [InlineData("4.13-rc7", "", 0, "I'll be traveling next week for the Open Source Summit, so the merge window for 4.14 will overlap with that. I'll have my laptop with me.\n\n                Linus")]
    [InlineData("4.13-rc7", "final", 7, "I'll be traveling next week for the Open Source Summit, so the merge window for 4.14 will overlap with that.\n\nBut that's fine: the plan is still to release 4.13 next Sunday, and I'll just do the merge window from the road.\n\n                Linus")]
    [InlineData("4.13-rc7", "", 0, "The networking pull was the last one to come in, and Dave says that's it for the networking fixes for this release.\n\nShortlog appended.\n\n                Linus")]
    [InlineData("4.13-rc7", "rc8", 8, "The networking pull was the last one to come in. Dave says there's one more coming, and I'd rather have that in an rc than in the final release, so there will be an rc8.\n\n                Linus")]
    [InlineData("4.13-rc7", "", 0, "Last week's rc6 was a bit bigger than I'd have liked, and this one is about the same size. Not alarming, but not exactly tiny either.\n\n                Linus")]
    [InlineData("4.13-rc8", "final", 8, "I didn't really want to do an rc8, but the timing of the last few fixes made it the right thing to do.\n\nAnyway, things look good, and I'm planning on releasing the final 4.13 next weekend.\n\n                Linus")]
    [InlineData("4.13-rc7", "", 0, "A number of people have asked about the release date, since it matters for their own plans. I don't have a date for you: it will be when it's ready.\n\n                Linus")]
    [InlineData("4.13-rc7", "final", 7, "Things have been calm. I don't expect any surprises, so the final 4.13 will most likely be out next Sunday.\n\nThe one thing I'm still waiting for is a pull from the sound tree, but that should be small.\n\n                Linus")]
    [InlineData("4.13-rc7", "", 0, "There's a fix for an old bug in the release path of the block layer, and a few fixes for the new features that went in during the merge window.\n\n                Linus")]
    // Thirteenth round (2026-12-02): rc5, rc6, rc8 and rc9 mails, written before running them.
    [InlineData("4.15-rc9", "final", 9, "This is hopefully the last rc for 4.15. We've had an unusual release cycle, and this extra rc was all about giving the security fixes more time.\n\n                Linus")]
    [InlineData("4.15-rc8", "rc9", 9, "I'm going to do an rc9, because the security fixes are still being worked on, and I want them to have more time in the tree.\n\n                Linus")]
    [InlineData("4.15-rc8", "", 0, "The security work continues, and I'll decide next weekend whether we need another rc.\n\n                Linus")]
    [InlineData("4.14-rc8", "final", 8, "So the rc8 week was nice and calm, and I don't see any reason to delay the final release any further.\n\nWhich means that 4.14 will be out next weekend.\n\n                Linus")]
    [InlineData("4.14-rc6", "rc7", 7, "Things are looking normal, and we're on track for a release in two weeks.\n\n                Linus")]
    [InlineData("4.14-rc6", "rc7", 8, "Things are not looking great: rc6 is bigger than rc5 was, and I suspect we'll end up with an rc8 this time.\n\n                Linus")]
    [InlineData("4.14-rc5", "", 0, "It's a bit bigger than I'd like, but it's within the normal range for rc5.\n\n                Linus")]
    [InlineData("4.14-rc5", "rc6", 8, "This is bigger than I'd like for an rc5, and because of the conference I'll be at during rc7 week, I already know this will be an rc8 release.\n\n                Linus")]
    [InlineData("4.14-rc6", "", 0, "Let's see how the next two weeks go.\n\n                Linus")]
    [InlineData("4.14-rc8", "final", 8, "I'm planning to release 4.14 next Sunday, as expected.\n\n                Linus")]
    [InlineData("4.14-rc8", "", 0, "Nothing much happened since rc7, so the rc8 is small. The shortlog is appended.\n\n                Linus")]
    [InlineData("4.14-rc7", "rc8", 8, "The rc7 is a bit bigger than I'd hoped, and there's still one regression we're chasing. It's not the end of the world, but I think I'll let it go another week: expect an rc8 next Sunday.\n\n                Linus")]
    [InlineData("4.14-rc7", "final", 7, "Things have calmed down nicely. The final release will be next weekend unless I hear about something serious.\n\n                Linus")]
    [InlineData("4.14-rc6", "rc7", 7, "Everything looks fine, so the plan is the usual one: rc7 next week, then the final release.\n\n                Linus")]
    // Fourteenth round (2026-12-02): sentences in the ways of the 3.x years' mails, written before running them.
    [InlineData("3.9-rc7", "final", 7, "I think this is the last -rc.")]
    [InlineData("3.9-rc7", "rc8", 8, "An -rc8 is likely.")]
    [InlineData("3.9-rc7", "rc8", 8, "I'll probably do an -rc8, we'll see.")]
    [InlineData("3.9-rc7", "final", 7, "Things have been calm enough that I think 3.9 will be out next week.")]
    [InlineData("3.9-rc7", "final", 7, "Expect 3.9 final next weekend.")]
    [InlineData("3.9-rc7", "rc8", 8, "RC8 will come out next Sunday.")]
    [InlineData("3.9-rc7", "final", 7, "I'm hoping that we can avoid an rc8, but we'll see.")]
    [InlineData("3.9-rc6", "rc7", 7, "I'm hoping that rc7 will be the last one.")]
    [InlineData("3.9-rc7", "final", 7, "So we're getting close: one more week, and then 3.9 should be out.")]
    [InlineData("3.9-rc7", "rc8", 8, "Sadly, I think we'll need an rc8.")]
    [InlineData("3.9-rc8", "final", 8, "3.9 will be released next weekend, barring any last-minute problems.")]
    [InlineData("3.9-rc7", "", 0, "Let's see how things look next week.")]
    [InlineData("3.9-rc7", "final", 7, "Normally this would be the last rc, and I think this time it is.")]
    [InlineData("3.9-rc7", "", 0, "I don't think we need an rc8 this time, but I'll make the final call next weekend.")]
    [InlineData("3.9-rc5", "rc6", 8, "We're at rc5, and I'm already fairly sure this will be an rc8 release because of the holidays.")]
    // Fifteenth round (2026-12-02): schedule words in other roles beside the claims, written before running them.
    [InlineData("4.16-rc7", "final", 7, "We're in the final stretch now, and it all looks good for a release next weekend.")]
    [InlineData("4.16-rc7", "rc8", 8, "Next week's rc8 will hopefully be small.")]
    [InlineData("4.16-rc7", "rc8", 8, "I'll be releasing rc8 from the airport next Sunday.")]
    [InlineData("4.16-rc7", "", 0, "The last-minute fixes in rc7 are all small.")]
    [InlineData("4.16-rc7", "", 0, "In the last rc, I mentioned the NVMe problem; that's fixed now.")]
    [InlineData("4.16-rc8", "final", 8, "As expected, this is the last rc, and 4.16 will be out next weekend.")]
    [InlineData("4.16-rc7", "final", 7, "The plan remains: final release next Sunday.")]
    [InlineData("4.16-rc7", "final", 7, "We'll have the final release in a week unless the regressions pile up.")]
    [InlineData("4.16-rc7", "final", 7, "I'd be surprised if we needed an rc8.")]
    [InlineData("4.16-rc7", "final", 7, "There's no rc8 planned.")]
    [InlineData("4.16-rc7", "final", 7, "This will most likely be the last rc.")]
    [InlineData("4.16-rc6", "rc7", 7, "I expect the usual rc7 next week, and the final the week after.")]
    // Sixteenth round (2026-12-02, second session): mails of several sentences in the 6.x years' ways, written before
    // running them.
    [InlineData("6.5-rc7", "final", 7, "Things look quite calm, and unless something unexpected comes up, I expect to tag the final 6.5 next weekend.")]
    [InlineData("6.5-rc7", "", 0, "So rc7 is out, and it's not as small as I'd have liked. I'll decide next week whether we need an rc8 or not.")]
    [InlineData("6.5-rc7", "rc8", 8, "I'm not entirely happy with the state of things, so I'm planning on an rc8.")]
    [InlineData("6.5-rc8", "final", 8, "So here's the rc8 I warned about. Things have calmed down, and the final release should come out next weekend.")]
    [InlineData("6.5-rc7", "final", 7, "Nothing scary here, so this is likely the last rc before the final 6.5.")]
    [InlineData("6.5-rc7", "rc8", 8, "Because of my travel schedule, I'll do an rc8 next week even if things look fine.")]
    [InlineData("6.5-rc7", "", 0, "The one thing holding things up is the ext4 regression; if that gets resolved, we'll have the final release next week, otherwise there will be an rc8.")]
    [InlineData("6.5-rc7", "final", 7, "It's been a fairly quiet week, and I see no reason to drag this release out.")]
    // Expected open when written; the plan stated plainly outweighs the rc8 called possible, as in every other hedge.
    [InlineData("6.5-rc7", "final", 7, "An rc8 isn't planned, but it isn't ruled out either.")]
    [InlineData("6.5-rc7", "final", 7, "I can't rule out an rc8, but I expect the final release next weekend.")]
    [InlineData("6.5-rc7", "rc8", 8, "I can't rule out an rc8 at this point.")]
    [InlineData("6.5-rc7", "rc8", 8, "So the final release will come after rc8, a week later than usual.")]
    [InlineData("6.5-rc7", "final", 7, "We'll do the final release after this rc7 has seen a week of testing.")]
    [InlineData("6.5-rc7", "rc8", 8, "I'd rather drag the release out by a week than ship it with this regression.")]
    [InlineData("6.5-rc6", "rc7", 7, "We're now at rc6, and things look to be on track for the usual schedule, with the final release after rc7.")]
    [InlineData("6.5-rc6", "rc7", 8, "At this point I expect we'll end up with an rc8, given how big rc6 was.")]
    [InlineData("6.5-rc7", "final", 7, "Let's hope the next release will be the final 6.5 and not an rc8.")]
    [InlineData("6.5-rc7", "rc8", 8, "I had hoped this would be the last rc, but the networking fixes are still coming in, so there will be an rc8.")]
    [InlineData("6.5-rc8", "final", 8, "And with that, rc8 is out. I fully expect this to be the last rc.")]
    [InlineData("6.5-rc7", "", 0, "Greg will do the stable releases as usual next week, and I'll be on vacation at the end of the month.")]
    // Seventeenth round (2026-12-02, second session): rc7, rc8 and rc9 mails with the claim beside other clauses, written
    // before running them.
    [InlineData("6.8-rc8", "final", 8, "I'm not planning on an rc9, so expect the final 6.8 next Sunday.")]
    [InlineData("6.8-rc8", "final", 8, "Another rc8 release, because the holidays slowed things down. Final release next weekend unless something odd happens.")]
    [InlineData("6.8-rc9", "final", 9, "So it's rc9 time, which is unusual. I do expect this to be the last one.")]
    [InlineData("6.8-rc7", "final", 7, "There's nothing here that would make me want to do an rc8.")]
    [InlineData("6.8-rc7", "rc8", 8, "I'm going to give it one more week, just to be safe, with the final release following rc8.")]
    [InlineData("6.8-rc7", "final", 7, "Things look good. Unless something big comes up this week, 6.8 will be released next Sunday.")]
    [InlineData("6.8-rc7", "rc8", 8, "I'll be traveling next week, so rc8 might come out a day or two late.")]
    [InlineData("6.8-rc7", "final", 7, "This is the last rc, assuming nothing bad happens.")]
    [InlineData("6.8-rc7", "rc8", 8, "We're not quite done yet, so I'll do an rc8.")]
    [InlineData("6.8-rc7", "final", 7, "Final 6.8 should be out next weekend.")]
    [InlineData("6.8-rc7", "rc8", 8, "I hate doing an rc8, but this time it's warranted.")]
    [InlineData("6.8-rc6", "rc7", 7, "I think we're on track for a release in two weeks.")]
    [InlineData("6.8-rc7", "final", 7, "I don't expect any surprises, and the plan is to release 6.8 next weekend.")]
    [InlineData("6.8-rc7", "", 0, "The rc8 question: I'll know more by the end of the week.")]
    [InlineData("6.8-rc7", "final", 7, "Please test, because this is likely the final rc before 6.8.")]
    [InlineData("6.8-rc7", "final", 7, "Nothing in this week's pile of fixes makes me think that we will really need to do an rc8.")]
    [InlineData("6.8-rc7", "", 0, "There may be an rc8. We'll know more in a few days.")]
    [InlineData("6.8-rc7", "final", 7, "We had a calm week so the final release will be next weekend.")]
    // Nineteenth round (2026-12-02, second session): rc5 to rc8 mails about the schedule in everyday words, written
    // before running them.
    [InlineData("6.6-rc6", "rc7", 7, "We're on schedule for a final release in two weeks, with rc7 next Sunday.")]
    [InlineData("6.6-rc5", "rc6", 7, "Two more rcs to go, if things go according to plan.")]
    [InlineData("6.6-rc6", "rc7", 8, "I'm expecting to do an rc7 and an rc8 this time, because of the holidays.")]
    [InlineData("6.6-rc7", "final", 7, "This is rc7, and 6.6 is on schedule to be released next weekend.")]
    [InlineData("6.6-rc7", "final", 7, "Nothing major is pending, so the next thing you'll see from me is the 6.6 release.")]
    [InlineData("6.6-rc7", "final", 7, "Unless something comes up, this is it for the rc series.")]
    [InlineData("6.6-rc8", "final", 8, "Things are finally calm, so 6.6 final will happen next weekend.")]
    [InlineData("6.6-rc7", "rc8", 8, "I'm not happy with how big this rc is, and I'll probably do an rc8 unless next week is really calm.")]
    [InlineData("6.6-rc7", "", 0, "Next week will show whether we need an rc8.")]
    [InlineData("6.6-rc7", "", 0, "It's been a slightly unusual release, with a lot of churn late in the cycle.")]
    [InlineData("6.6-rc6", "", 0, "Everything looks on track.")]
    [InlineData("6.6-rc7", "rc8", 8, "rc8 is pretty much a given at this point.")]
    [InlineData("6.6-rc7", "final", 7, "I expect to be able to release the final 6.6 on schedule.")]
    [InlineData("6.6-rc7", "rc8", 8, "So we'll have an rc8, but I don't expect an rc9.")]
    [InlineData("6.6-rc8", "final", 8, "The rc9 I was worried about seems unnecessary now.")]
    [InlineData("6.6-rc7", "", 0, "I don't expect an rc9.")]
    [InlineData("6.6-rc7", "final", 7, "That's it for the rcs, and the final 6.6 comes next Sunday.")]
    [InlineData("6.6-rc7", "final", 7, "An rc8 we won't need.")]
    [InlineData("6.6-rc7", "final", 7, "The next announcement from me will be the final 6.6 release.")]
    // Twentieth round (2026-12-02, second session): whole mails of paragraphs and a sign-off, written before running them.
    [InlineData("6.13-rc7", "rc8", 8, "So we're at rc7, and things have been fairly calm. The holidays obviously slowed things down, but that was expected.\n\nI'm planning on doing an rc8 regardless, just because so many people were away, and then the final release the week after.\n\nGo test,\n\n         Linus")]
    [InlineData("6.13-rc7", "final", 7, "Things look pretty normal. The diffstat is dominated by the usual driver fixes, with some filesystem updates.\n\nUnless something unexpected happens, I'll be releasing the final 6.13 next Sunday.\n\n          Linus")]
    [InlineData("6.13-rc8", "final", 8, "It's been calm. Really calm. So I don't think there's any reason to drag this out any further: 6.13 will be out next weekend.\n\n         Linus")]
    [InlineData("6.13-rc7", "rc8", 8, "Hmm. This rc7 is bigger than I would like.\n\nI'm not going to decide yet, but an rc8 is looking more likely than not at this point.\n\n         Linus")]
    [InlineData("6.13-rc7", "final", 7, "Nothing particularly odd in here.\n\nLet's hope it stays that way, and that next week will be the final release.\n\n   Linus")]
    [InlineData("6.13-rc6", "rc7", 7, "We're at rc6, and while things aren't calming down quite as much as I'd like, I think we're still on track for the regular schedule.\n\n    Linus")]
    [InlineData("6.13-rc7", "final", 7, "I was hoping this would be a quiet week, and it mostly was.\n\nSo assuming nothing comes up, rc7 should be the last rc.\n\n    Linus")]
    [InlineData("6.13-rc7", "", 0, "The one thing I'm still waiting on is a fix for the suspend regression. If that comes in during the week, we'll be good for a final release next weekend. If not, there will be an rc8.\n\n    Linus")]
    [InlineData("6.13-rc8", "final", 8, "The reason for rc8 was the holiday slowdown, not any real problems, so I expect the final release next week.\n\n    Linus")]
    [InlineData("6.13-rc7", "final", 7, "Anyway, it's all looking good, and I'm hoping to make this the last rc.\n\n    Linus")]
    [InlineData("6.13-rc7", "final", 7, "Greg has been busy with the stable trees, and I've been busy with travel, so this rc is a bit late. The good news is that things look calm, so we're on track for the final next weekend.\n\n    Linus")]
    [InlineData("6.13-rc7", "final", 7, "We'll see how the next week goes, but I'm not expecting an rc8 at this point.\n\n    Linus")]
    // Twenty-first round (2026-12-02, second session): the rc written other ways and likelihoods in everyday words,
    // written before running them.
    [InlineData("6.14-rc7", "rc8", 8, "I expect to do an -rc8 next week.")]
    [InlineData("6.14-rc7", "rc8", 8, "We'll have an RC 8 next weekend.")]
    [InlineData("6.14-rc7", "rc8", 8, "I think this calls for an eighth rc.")]
    [InlineData("6.14-rc7", "final", 7, "Barring any surprises, the next release will be 6.14 proper.")]
    [InlineData("6.14-rc7", "final", 7, "I'm fairly confident this is the final rc.")]
    [InlineData("6.14-rc7", "final", 7, "We're basically done, and 6.14 should be tagged next Sunday.")]
    [InlineData("6.14-rc7", "final", 7, "So one more week of rc testing, and then we'll have 6.14.")]
    [InlineData("6.14-rc8", "final", 8, "One more week, and then 6.14 will be out.")]
    [InlineData("6.14-rc7", "rc8", 8, "I'm inclined to do an rc8.")]
    [InlineData("6.14-rc7", "final", 7, "The odds of an rc8 are pretty low.")]
    [InlineData("6.14-rc7", "rc8", 8, "Chances are we'll need an rc8.")]
    [InlineData("6.14-rc7", "final", 7, "I don't think an rc8 is warranted.")]
    [InlineData("6.14-rc7", "final", 7, "If things go sideways, there might be an rc8, but I doubt it.")]
    [InlineData("6.14-rc7", "final", 7, "I'm still on track to release 6.14 next weekend.")]
    [InlineData("6.14-rc7", "rc8", 8, "There's a chance of an rc8 if the networking fixes keep coming.")]
    [InlineData("6.14-rc7", "final", 7, "I doubt we'll need an rc8.")]
    [InlineData("6.14-rc8", "final", 8, "The ninth release candidate should not be needed.")]
    [InlineData("6.14-rc7", "rc8", 8, "We'll do rc-8 next Sunday.")]
    [InlineData("6.14-rc7", "final", 7, "The chances for an rc8 seem slim.")]
    // Twenty-second round (2026-12-02, third session): questions Linus answers himself, idioms for "not needed" and
    // "coming", and asides in parentheses, written before running them.
    [InlineData("6.15-rc7", "final", 7, "Will there be an rc8? Probably not.")]
    [InlineData("6.15-rc7", "rc8", 8, "Will there be an rc8? Probably, yes.")]
    [InlineData("6.15-rc7", "final", 7, "Is this the last rc? I think so, yes.")]
    [InlineData("6.15-rc7", "rc8", 8, "I'm leaning towards doing an rc8.")]
    [InlineData("6.15-rc7", "final", 7, "An rc8 would be overkill at this point.")]
    [InlineData("6.15-rc7", "final", 7, "There's no need for an rc8.")]
    [InlineData("6.15-rc7", "final", 7, "The final 6.15 is a week away.")]
    [InlineData("6.15-rc7", "rc8", 8, "Looks like we're going to have an rc8.")]
    [InlineData("6.15-rc7", "final", 7, "An rc8 is off the table.")]
    [InlineData("6.15-rc7", "final", 7, "We're in the home stretch, and 6.15 should be out in a week.")]
    [InlineData("6.15-rc7", "rc8", 8, "An rc8 is in the cards.")]
    [InlineData("6.15-rc7", "", 0, "Will there be an rc8? I honestly don't know yet.")]
    [InlineData("6.15-rc7", "final", 7, "(And no, I don't expect an rc8.)")]
    [InlineData("6.15-rc6", "rc7", 8, "Looks like this one will go to rc8.")]
    [InlineData("6.15-rc7", "final", 7, "Fingers crossed, the next one will be the real 6.15.")]
    [InlineData("6.15-rc7", "rc8", 8, "Sadly, we're not done yet: there'll be an rc8.")]
    // The question rule those answers led to: what a question asks is no claim; its answer decides.
    [InlineData("6.15-rc7", "rc8", 8, "Is this the last rc? No, and I'm not happy about it.")]
    [InlineData("6.15-rc7", "final", 7, "I'm not doing an rc8 — why would I?")]
    [InlineData("6.15-rc7", "", 0, "Will there be an rc8? Who knows.")]
    [InlineData("6.15-rc7", "", 0, "Will we need an rc8? The networking people will tell.")]
    [InlineData("6.15-rc7", "", 0, "Is this the last rc, or will there be an rc8? We'll see.")]
    [InlineData("6.15-rc7", "final", 7, "Do we need an rc8? I don't think so.")]
    [InlineData("6.15-rc7", "final", 7, "So the final 6.15 comes next weekend, ok?")]
    // Twenty-third round (2026-12-02, third session): plans in other verbs ("cutting", "calling", "scheduled"), "it is",
    // "this was the last rc", and a normal day set against this time, written before running them.
    [InlineData("6.16-rc7", "final", 7, "The plan is not to do an rc8.")]
    [InlineData("6.16-rc7", "final", 7, "I don't plan on doing an rc8.")]
    [InlineData("6.16-rc7", "final", 7, "No plans for an rc8 at this point.")]
    [InlineData("6.16-rc7", "final", 7, "Unless something nasty comes up, this was the last rc.")]
    [InlineData("6.16-rc7", "final", 7, "I'll be cutting the final release next weekend.")]
    [InlineData("6.16-rc7", "final", 7, "Expect 6.16 final on Sunday.")]
    [InlineData("6.16-rc7", "rc8", 8, "So rc8 it is.")]
    [InlineData("6.16-rc7", "rc8", 8, "Let's do one more rc.")]
    [InlineData("6.16-rc7", "final", 7, "This'll be the last rc.")]
    [InlineData("6.16-rc7", "final", 7, "I'm calling this the last rc.")]
    [InlineData("6.16-rc7", "final", 7, "The final release is scheduled for next Sunday.")]
    [InlineData("6.16-rc7", "rc8", 8, "We're going to go to rc8 this time.")]
    [InlineData("6.16-rc7", "rc8", 8, "I'm going to do an rc8 and release 6.16 the week after.")]
    [InlineData("6.16-rc6", "rc7", 7, "I expect to release 6.16 in two weeks, after rc7.")]
    [InlineData("6.16-rc7", "rc8", 8, "Normally I'd release next weekend, but I'll do an rc8 since I'm traveling.")]
    [InlineData("6.16-rc8", "final", 8, "rc8 was mainly about the holidays; the final release comes next Sunday.")]
    [InlineData("6.16-rc7", "rc8", 8, "I'll do an rc8 like last time, because of the holidays.")]
    [InlineData("6.16-rc7", "", 0, "I've had a few questions about an rc8.")]
    // Twenty-fourth round (2026-12-02, third session): whole mails where the claim sits among other talk of rcs, weeks
    // and releases, written before running them.
    [InlineData("6.17-rc7", "final", 7, "So rc7 is out, and it's about the size I'd expect. Last week I was a bit worried about the amount of late networking fixes, but that calmed down nicely.\n\nSo I think we're on track for the final 6.17 next weekend. Famous last words.\n\n    Linus")]
    [InlineData("6.17-rc7", "rc8", 8, "Ugh. rc7 is bigger than rc6 was, which is never a good sign this late in the release.\n\nI'll give it a week and see, but I suspect this will mean an rc8.\n\n    Linus")]
    [InlineData("6.17-rc7", "", 0, "Things look ok. I'm not thrilled about the size, but it's not alarming either.\n\nWe'll see what the week brings.\n\n    Linus")]
    [InlineData("6.17-rc8", "final", 8, "As expected, rc8 was small. Nothing in here makes me nervous, so 6.17 will be released next weekend, and then the merge window for 6.18 opens.\n\n    Linus")]
    [InlineData("6.17-rc6", "rc7", 7, "rc6 is on the smaller side, which is nice. If this continues, we're looking at a normal schedule with the final release after rc7.\n\n    Linus")]
    [InlineData("6.17-rc7", "final", 7, "The big thing this week was the fix for the scheduler regression that people have been chasing since rc3. With that in, I don't see anything holding up the release.\n\nSo: final 6.17 next Sunday, unless something comes up.\n\n    Linus")]
    [InlineData("6.17-rc7", "rc8", 8, "I'm traveling for the Maintainers Summit next week, and while I could do the release from the road, I'd rather not. So there will be an rc8, and the final the week after.\n\n    Linus")]
    [InlineData("6.17-rc7", "", 0, "The rc7 diff is mostly drivers. There's a few fixes for the 6.16 stable trees in there too.\n\nGo test.\n\n    Linus")]
    [InlineData("6.17-rc7", "final", 7, "We're at rc7. It's been a pretty smooth release cycle overall, and I expect this to be the last rc. Do test it.\n\n    Linus")]
    [InlineData("6.17-rc7", "rc8", 8, "Nothing particularly scary, but we do have a couple of regressions that haven't been fixed yet. I'd rather wait for those than release with them, so I'm planning on an rc8.\n\n    Linus")]
    [InlineData("6.17-rc7", "final", 7, "Assuming no surprises show up, the next release will be the final 6.17. The merge window will then open, and because of the holidays it may be slightly shorter than usual.\n\n    Linus")]
    [InlineData("6.17-rc8", "final", 8, "I said last week that I'd probably do an rc8, and here it is. It's small, and I expect the final release next weekend.\n\n    Linus")]
    // Twenty-fifth round (2026-12-02, third session): the last rc named by its place ("the next rc", "the rc after this
    // one", "second-to-last"), rcs left, and weeks out, written before running them.
    [InlineData("6.12-rc6", "rc7", 7, "The next rc will be the last one.")]
    [InlineData("6.12-rc6", "rc7", 7, "Next week's rc7 should be the last rc.")]
    [InlineData("6.12-rc6", "rc7", 7, "This is the second-to-last rc.")]
    [InlineData("6.12-rc7", "rc8", 8, "I plan to make rc8 the last one.")]
    [InlineData("6.12-rc6", "rc7", 7, "One more rc after this one, and then we're done.")]
    [InlineData("6.12-rc7", "rc8", 8, "The rc after this one will be the last.")]
    [InlineData("6.12-rc7", "final", 7, "We're done with rcs for this cycle.")]
    [InlineData("6.12-rc7", "final", 7, "No more rcs for 6.12.")]
    [InlineData("6.12-rc6", "rc7", 7, "We're about two weeks out from the final release.")]
    [InlineData("6.12-rc7", "final", 7, "The penultimate rc was rc6, and this is the last one.")]
    [InlineData("6.12-rc7", "rc8", 8, "rc8 will follow next Sunday.")]
    [InlineData("6.12-rc7", "", 0, "rc8 or final, it all depends on the networking fixes.")]
    [InlineData("6.12-rc7", "final", 7, "After this, the only thing left is the final release.")]
    [InlineData("6.12-rc7", "rc8", 8, "There's one rc left before the final.")]
    [InlineData("6.12-rc6", "rc7", 8, "Two rcs left, then the final.")]
    [InlineData("6.12-rc7", "rc8", 8, "We're not done with rcs yet.")]
    [InlineData("6.12-rc6", "", 0, "I'm not sure the next rc will be the last one.")]
    [InlineData("6.12-rc6", "rc7", 7, "Next week's rc will be the last one before 6.12.")]
    // Twenty-sixth round (2026-12-02, third session): paragraphs with asides in parentheses, lists and "so:" lines, written
    // before running them.
    [InlineData("6.9-rc7", "final", 7, "Nothing stands out (well, apart from the usual driver noise), and barring any last-minute surprises this will be the last rc.")]
    [InlineData("6.9-rc7", "rc8", 8, "The fixes fall into three groups:\n\n - networking\n - gpu drivers\n - filesystems\n\nand the gpu ones aren't done yet (the AMD folks are still bisecting), so I'll do an rc8.")]
    [InlineData("6.9-rc7", "final", 7, "So: calm week, small rc, and the final 6.9 next weekend (assuming, as always, that nothing odd happens).")]
    // Expected open when written; a hope stated is a final next in the corpus' own index ("this is hopefully the last rc"),
    // and the aside tells of the past.
    [InlineData("6.9-rc7", "final", 7, "I'm hoping this is the last rc (but I said that last time too, and then we had an rc8).")]
    [InlineData("6.9-rc8", "final", 8, "rc8 (the one I added because of the conference travel) has been quiet, so the final release is next weekend.")]
    [InlineData("6.9-rc7", "rc8", 8, "Honestly, I'm not thrilled with where we are. There are open regressions, the fixes for them are still being tested, and I'd rather not release with them. Expect an rc8.")]
    [InlineData("6.9-rc7", "final", 7, "If you have been waiting for the final 6.9 before testing, now's a good time to start: it'll be out next Sunday.")]
    [InlineData("6.9-rc7", "", 0, "Anyway, it's rc7, and we'll see where we are next weekend - either the final release, or an rc8 if something comes up that needs more time.")]
    [InlineData("6.9-rc6", "rc7", 7, "We're at rc6, things look normal, and I expect rc7 next week followed by the final the week after.")]
    [InlineData("6.9-rc7", "rc8", 8, "The final 6.9 will be a week later than usual: there will be an rc8 next Sunday.")]
    [InlineData("6.9-rc7", "final", 7, "Assuming no surprises, next weekend is release time.")]
    [InlineData("6.9-rc7", "rc8", 8, "I'm going to do one more rc than usual.")]
    [InlineData("6.9-rc7", "", 0, "If you want to test the final 6.9 early, it will be out when it's ready.")]
    [InlineData("6.9-rc7", "final", 7, "Release day is next Sunday, barring surprises.")]
    // Twenty-seventh round (2026-12-02, third session): everyday plans and denials in the words of many rc mails, written
    // before running them.
    [InlineData("6.10-rc7", "final", 7, "I'm not seeing any reason to do an rc8.")]
    [InlineData("6.10-rc7", "final", 7, "It would be nice if the next week was calm, because then I'll do the final release.")]
    [InlineData("6.10-rc7", "final", 7, "This looks like the last rc.")]
    [InlineData("6.10-rc7", "final", 7, "So I'll cut the final release next Sunday as planned.")]
    [InlineData("6.10-rc7", "rc8", 8, "We might as well have an rc8.")]
    [InlineData("6.10-rc7", "final", 7, "Let's make this the final rc, and release 6.10 next weekend.")]
    [InlineData("6.10-rc7", "rc8", 8, "rc8 is happening.")]
    [InlineData("6.10-rc7", "final", 7, "The plan is the final release next weekend, and I don't expect anything to change that.")]
    [InlineData("6.10-rc7", "final", 7, "That isn't to say that there won't be an rc8, but I don't expect one.")]
    [InlineData("6.10-rc7", "final", 7, "There's nothing holding up the release.")]
    [InlineData("6.10-rc7", "rc8", 8, "Not the final release yet: rc8 comes next.")]
    [InlineData("6.10-rc8", "final", 8, "rc8 is the last one, promise.")]
    [InlineData("6.10-rc7", "final", 7, "The next release you'll see from me is 6.10.")]
    [InlineData("6.10-rc6", "rc7", 7, "Two more weeks, and we're done.")]
    [InlineData("6.10-rc7", "rc8", 8, "Two regressions are still holding up the release.")]
    [InlineData("6.10-rc7", "final", 7, "I can't promise there won't be an rc8, but I expect the final release next weekend.")]
    [InlineData("6.10-rc7", "final", 7, "I don't see anything holding up the release at this point.")]
    [InlineData("6.10-rc7", "final", 7, "I don't think there are any open problems that would really hold up the release.")]
    // Twenty-eighth round (2026-12-02, third session): early rc mails (rc1 to rc5) about the length of the cycle, written
    // before running them.
    [InlineData("6.11-rc4", "rc5", 7, "We're on track for a normal release schedule.")]
    [InlineData("6.11-rc1", "rc2", 8, "This merge window was big, so I expect we'll go to rc8.")]
    [InlineData("6.11-rc3", "rc4", 8, "Given the holidays, this release will have an rc8.")]
    [InlineData("6.11-rc2", "rc3", 7, "I expect the usual seven rcs.")]
    [InlineData("6.11-rc5", "rc6", 7, "Two more rcs after this one, and then the final.")]
    [InlineData("6.11-rc1", "rc2", 7, "The release should happen in seven weeks, as usual.")]
    [InlineData("6.11-rc3", "rc4", 6, "Four more weeks to go.")]
    [InlineData("6.11-rc2", "rc3", 8, "With the holidays in the middle of this cycle, expect an rc8.")]
    [InlineData("6.11-rc1", "rc2", 7, "The usual rc7 should see us through.")]
    [InlineData("6.11-rc4", "rc5", 8, "At this rate we'll need an rc8.")]
    // Twenty-ninth round (2026-12-02, third session): the plan beside travel and the day of the week, and elliptic lines
    // ("Next up: rc8."), written before running them.
    [InlineData("6.13-rc7", "final", 7, "I'll release 6.13 on Saturday instead of Sunday because I'm traveling.")]
    [InlineData("6.13-rc7", "final", 7, "The final release may come out a day early.")]
    [InlineData("6.13-rc7", "rc8", 8, "rc8 will be out a day late, because of travel.")]
    [InlineData("6.13-rc7", "final", 7, "I'll do the release from the airport next Sunday.")]
    [InlineData("6.13-rc7", "final", 7, "Next weekend: 6.13.")]
    [InlineData("6.13-rc7", "rc8", 8, "Next up: rc8.")]
    [InlineData("6.13-rc7", "final", 7, "6.13 final: next Sunday.")]
    [InlineData("6.13-rc7", "rc8", 8, "Travel means I'll do an rc8 rather than try to release from the road.")]
    [InlineData("6.13-rc7", "final", 7, "Because I'm traveling the week after, I want to get 6.13 out next weekend.")]
    [InlineData("6.13-rc7", "rc8", 8, "I'm away next weekend, so rc8 it is, with the final the weekend after.")]
    [InlineData("6.13-rc8", "final", 8, "Back from travels, and the final 6.13 should be out on schedule next weekend.")]
    // Thirtieth round (2026-12-02, third session): concessions ("although", "even though", "while"), "no way", "yes/no"
    // openers and a double negation, written before running them.
    [InlineData("6.15-rc7", "final", 7, "Although there were a few late fixes, I don't think we need an rc8.")]
    [InlineData("6.15-rc7", "rc8", 8, "While things look mostly calm, I'm going to do an rc8 anyway.")]
    [InlineData("6.15-rc7", "final", 7, "Even though rc7 is a bit bigger than I'd like, I expect the final release next weekend.")]
    [InlineData("6.15-rc7", "rc8", 8, "Even though things look calm, there will be an rc8, because I'm traveling.")]
    [InlineData("6.15-rc7", "final", 7, "Not that I expect an rc8, but please do test.")]
    [InlineData("6.15-rc7", "rc8", 8, "It's not that anything is on fire, but I want an rc8 for the late networking changes.")]
    [InlineData("6.15-rc7", "final", 7, "No, there won't be an rc8.")]
    [InlineData("6.15-rc7", "rc8", 8, "Yes, there will be an rc8.")]
    [InlineData("6.15-rc7", "final", 7, "There's no way we'll need an rc8 at this point.")]
    [InlineData("6.15-rc7", "rc8", 8, "There's no way I'm releasing 6.15 next weekend with these regressions.")]
    [InlineData("6.15-rc7", "final", 7, "I see no reason not to release next weekend.")]
    [InlineData("6.15-rc7", "rc8", 8, "Rather than rush the final release, I'll do an rc8.")]
    [InlineData("6.15-rc7", "rc8", 8, "I don't want to release next weekend with these regressions open.")]
    [InlineData("6.15-rc7", "final", 7, "There's no reason not to do the final release next weekend.")]
    // Thirty-first round (2026-12-02, third session): other verbs for releasing ("ship", "go out", "push out", "due",
    // "land"), written before running them.
    [InlineData("6.16-rc7", "final", 7, "I plan to ship 6.16 next weekend.")]
    [InlineData("6.16-rc7", "final", 7, "6.16 should go out next Sunday.")]
    [InlineData("6.16-rc7", "final", 7, "I'll push out the final 6.16 next weekend.")]
    [InlineData("6.16-rc7", "final", 7, "Expect me to put out 6.16 next weekend.")]
    [InlineData("6.16-rc7", "final", 7, "6.16 is due next weekend.")]
    [InlineData("6.16-rc7", "final", 7, "The 6.16 release is scheduled for next weekend.")]
    [InlineData("6.16-rc7", "rc8", 8, "6.16 is going to slip a week.")]
    [InlineData("6.16-rc7", "rc8", 8, "6.16 will be a week late.")]
    [InlineData("6.16-rc7", "final", 7, "We're ready to call 6.16 done next weekend.")]
    [InlineData("6.16-rc7", "final", 7, "Next weekend 6.16 goes out the door.")]
    [InlineData("6.16-rc7", "rc8", 8, "6.16 needs one more week in the oven.")]
    [InlineData("6.16-rc7", "final", 7, "The 6.16 release will land next Sunday.")]
    // Thirty-second round: a quoted word keeps its meaning, a quoted title does not.
    [InlineData("6.16-rc6", "rc7", 8, "I suspect this ends up being one of those \"rc8\" releases.")]
    [InlineData("6.16-rc7", "rc8", 8, "This is going to be one of those \"we'll need an extra week and an rc8\" releases.")]
    // Thirty-third round (2026-12-02, third session): what would have happened but for the holidays or travel, and plans
    // changed since, written before running them.
    [InlineData("6.17-rc7", "rc8", 8, "If it weren't for the holidays, this would be the last rc.")]
    [InlineData("6.17-rc7", "rc8", 8, "In a normal cycle this would be the last rc, but with the holidays I'll do an rc8.")]
    [InlineData("6.17-rc7", "rc8", 8, "I was going to release next weekend, but now I'll do an rc8.")]
    [InlineData("6.17-rc7", "final", 7, "I was worried we'd need an rc8, but things calmed down, so the final is next weekend.")]
    [InlineData("6.17-rc7", "rc8", 8, "Were it not for the travel, I'd release next weekend; as it is, rc8 comes first.")]
    [InlineData("6.17-rc7", "rc8", 8, "Without the travel, this would have been the last rc.")]
    [InlineData("6.17-rc7", "final", 7, "Without the late ext4 fix, this would have been a quiet week, and I expect the final release next weekend.")]
    // Thirty-fourth round (2026-12-02, third session): rc8 and rc9 mails, written before running them.
    [InlineData("6.7-rc8", "final", 8, "This should be the last rc, the extra week having done its job.")]
    [InlineData("6.7-rc8", "final", 8, "Final release next weekend, as planned when I decided on the rc8.")]
    [InlineData("6.7-rc8", "rc9", 9, "Ugh. I'm going to have to do an rc9.")]
    [InlineData("6.7-rc8", "final", 8, "rc8 is out, and that's the end of the rc series.")]
    [InlineData("6.7-rc9", "final", 9, "An rc10 would be unprecedented in recent years, and it's not happening.")]
    [InlineData("6.7-rc8", "final", 8, "We're back on track: 6.7 final next Sunday.")]
    [InlineData("6.7-rc8", "final", 8, "This extra rc was just insurance; the real release comes next week.")]
    [InlineData("6.7-rc8", "rc9", 9, "Sadly, rc8 isn't the last one.")]
    [InlineData("6.7-rc7", "rc8", 8, "I hoped the fix would land this week, but it's not happening, so there will be an rc8.")]
    // Thirty-fifth round (2026-12-02, third session): plans changed within a mail or since the last one, and claims joined
    // by "and" to a negated clause, written before running them.
    [InlineData("6.18-rc7", "rc8", 8, "I expected this to be the last rc. Update: a nasty regression showed up, so there will be an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Earlier this week I thought we'd need an rc8, but the fixes came in, and now I expect the final release next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "I don't think an rc8 is needed and I expect to release 6.18 next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "I don't want to release with this regression and I'll do an rc8.")]
    [InlineData("6.18-rc7", "rc8", 8, "Not everything is fixed yet and I'll do an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Nothing is pending and we'll have the final 6.18 next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "There's no final 6.18 next weekend: rc8 first.")]
    [InlineData("6.18-rc7", "final", 7, "Correction to last week's mail: there won't be an rc8 after all.")]
    [InlineData("6.18-rc7", "rc8", 8, "Scratch what I said about the final release next weekend: we need an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Forget the rc8 I mentioned last week; the final release is next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "Don't forget to test, because rc8 comes next Sunday.")]
    // Thirty-sixth round (2026-12-02, fourth session): a plan revised in a later sentence, and a negation in a clause joined
    // by "and" to a plain plan, written before running them.
    [InlineData("6.18-rc7", "rc8", 8, "I was hoping to make this the last rc. But the networking regression isn't fixed, so rc8 it is.")]
    [InlineData("6.18-rc7", "rc8", 8, "My plan was the final next weekend. That plan has changed: there will be an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Last week I said we'd probably have an rc8. Things calmed down, though, and now I expect the final release next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "I don't see any regressions and I expect the final 6.18 next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "Nobody has reported anything new and I expect an rc8 anyway, because of the holidays.")]
    [InlineData("6.18-rc7", "final", 7, "I haven't seen anything scary and I'm planning on making this the last rc.")]
    [InlineData("6.18-rc7", "rc8", 8, "There's no reason to panic, and I'll do an rc8 to be safe.")]
    [InlineData("6.18-rc7", "final", 7, "Nothing's on fire and I'll tag the final next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "None of the fixes were scary and there's no need for an rc8.")]
    // Thirty-seventh round (2026-12-02, fourth session): a plan revised by a later sentence of the same mail, written before
    // running them.
    [InlineData("6.18-rc7", "rc8", 8, "I was going to call this the last rc. Then a nasty xfs regression came in. So rc8 next week.")]
    [InlineData("6.18-rc7", "rc8", 8, "The plan is to release the final next weekend. Actually, on second thought, with the holidays I'll do an rc8.")]
    [InlineData("6.18-rc7", "rc8", 8, "I expect the final release next weekend. Hmm. Actually, no: the networking fix needs more time, so rc8.")]
    [InlineData("6.18-rc7", "final", 7, "We'll have an rc8 because of my travel. Oh, wait, my travel was cancelled, so the final will be next weekend after all.")]
    [InlineData("6.18-rc7", "final", 7, "This should be the last rc. Famous last words, of course.")]
    [InlineData("6.18-rc7", "final", 7, "All quiet on the western front, and I'm expecting to do the final 6.18 next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "No surprises this week and nothing that worries me, so 6.18 will be out next Sunday.")]
    [InlineData("6.18-rc7", "rc8", 8, "Things are not calming down and I'm not happy, so I'll do an rc8.")]
    // Thirty-eighth round (2026-12-02, fourth session): likelihoods, hopes, bets and short answers, written before running
    // them.
    [InlineData("6.18-rc7", "rc8", 8, "An rc8 is looking more and more likely.")]
    [InlineData("6.18-rc7", "final", 7, "I'm not ruling out an rc8, but I don't expect one.")]
    [InlineData("6.18-rc7", "final", 7, "rc8? Nah.")]
    [InlineData("6.18-rc7", "final", 7, "Will this be the last rc? I hope so.")]
    [InlineData("6.18-rc7", "rc8", 8, "If I had to bet, I'd bet on an rc8.")]
    [InlineData("6.18-rc7", "rc8", 8, "It would be good to have one more week of testing, so rc8 it is.")]
    [InlineData("6.18-rc7", "final", 7, "No need for an rc8 this time around.")]
    [InlineData("6.18-rc7", "final", 7, "I fully expect this to be the last rc before the final release.")]
    [InlineData("6.18-rc7", "final", 7, "Let's aim for the final release next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "The plan remains to release 6.18 next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "I'm tentatively planning on an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Expect 6.18 final in a week, give or take.")]
    [InlineData("6.18-rc7", "final", 7, "I'd love for this to be the last rc.")]
    [InlineData("6.18-rc7", "rc8", 8, "If I had to guess, we'll end up with an rc8.")]
    // Thirty-ninth round (2026-12-02, fourth session): whole short mails in the way the 4.x rc mails run, written before
    // running them.
    [InlineData("4.12-rc7", "final", 7, "So rc7 is out, and things look pretty calm. The diffstat is small, and most of it is trivial one-liners.\n\nUnless something unexpected happens, I'll release the final 4.12 next weekend. Go test.")]
    [InlineData("4.12-rc7", "rc8", 8, "Things did *not* calm down this week, and I'm not happy with the state of the networking fixes. So I'm going to do an rc8, and the final will be the week after.")]
    [InlineData("4.12-rc7", "final", 7, "I'm hoping this is the last rc, but the x86 people are still chasing a regression. We'll see how that ends up.")]
    [InlineData("4.12-rc7", "final", 7, "It's been a very quiet week. So quiet that I'm almost nervous. But I'm not going to complain, and I'll plan on the final release next Sunday.")]
    [InlineData("4.12-rc7", "rc8", 8, "rc7 is bigger than I'd like. Not huge, but enough that I'm leaning towards an rc8.")]
    [InlineData("4.12-rc7", "final", 7, "Let's hope it stays calm, so that I can release 4.12 next weekend.")]
    [InlineData("4.12-rc8", "final", 8, "So I did an rc8 because of the late fixes, and it's been calm since. The final 4.12 will come out next weekend.")]
    [InlineData("4.12-rc8", "rc9", 9, "rc8 is out, and while things have calmed down, I'm going to do an rc9 anyway because of my travel.")]
    [InlineData("4.12-rc6", "rc7", 7, "Things are calm for rc6, and if it stays that way, I expect to do rc7 and then the final.")]
    [InlineData("4.12-rc7", "final", 7, "Nothing scary in here. I *think* this is the last rc.")]
    [InlineData("4.12-rc7", "final", 7, "We've got a few known regressions, but none of them look like they'd hold up the release.")]
    [InlineData("4.12-rc7", "final", 7, "I'd have preferred a calmer week, but it's not bad enough to warrant an rc8.")]
    // Fortieth round (2026-12-02, fourth session): rc5 and rc6 mails, written before running them.
    [InlineData("6.18-rc6", "rc7", 7, "We're at rc6, and things look on track. Assuming nothing odd happens, rc7 will be the last rc.")]
    [InlineData("6.18-rc6", "rc7", 8, "At this rate I expect we'll need an rc8.")]
    [InlineData("6.18-rc6", "rc7", 7, "The final release should be in two weeks.")]
    [InlineData("6.18-rc6", "rc7", 7, "I'm hoping for a calm rc7 and a release the week after.")]
    [InlineData("6.18-rc6", "rc7", 8, "Things are bigger than I'd like at rc6, so I wouldn't be surprised if this ends up being one of those rc8 releases.")]
    [InlineData("6.18-rc5", "rc6", 7, "Nothing here makes me think this will be anything but a normal seven-rc release.")]
    [InlineData("6.18-rc6", "rc7", 8, "With the holidays coming, an rc8 seems likely, which means the release will slip into January.")]
    [InlineData("6.18-rc6", "rc7", 8, "Two more rcs, and then the final.")]
    // Forty-first round (2026-12-02, fourth session): conditions of other shapes and what other people say, written before
    // running them.
    [InlineData("6.18-rc7", "final", 7, "As long as nothing comes up, I'll release 6.18 next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "Provided the fixes land this week, we'll have the final 6.18 next Sunday.")]
    [InlineData("6.18-rc7", "final", 7, "Assuming the arm64 fix is the last of it, this should be the last rc.")]
    [InlineData("6.18-rc7", "final", 7, "Greg thinks we need an rc8, but I disagree.")]
    [InlineData("6.18-rc7", "final", 7, "Some people have asked for an rc8, but I don't see the need.")]
    [InlineData("6.18-rc7", "rc8", 8, "Thomas says the timer fix needs another week, so I'll do an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "The hope is that this is the last rc.")]
    [InlineData("6.18-rc7", "final", 7, "The plan, as always, is to make rc7 the last rc.")]
    [InlineData("6.18-rc7", "final", 7, "Only if something really bad happens will there be an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Unless I hear about new regressions, 6.18 is going out next weekend.")]
    // Forty-second round (2026-12-02, fourth session): the 3.x mails' way of writing ("-rc7", "*could*"), written before
    // running them.
    [InlineData("3.14-rc7", "final", 7, "So -rc7 is out, and I'm hoping that this is the last -rc.")]
    [InlineData("3.14-rc7", "final", 7, "I think we're in good shape for a final release next week, unless something odd happens.")]
    [InlineData("3.14-rc7", "rc8", 8, "I *could* do the final release next weekend, but I think I'll do an -rc8 anyway, since I'll be traveling.")]
    [InlineData("3.14-rc8", "final", 8, "Things have calmed down enough that I think the next release will be 3.14 final.")]
    [InlineData("3.14-rc7", "final", 7, "I don't think there's any real reason to drag this out any further, so the next thing you'll see is 3.14.")]
    [InlineData("3.14-rc6", "rc7", 7, "It's all looking fairly normal, and I expect -rc7 to be the last -rc before 3.14.")]
    [InlineData("3.14-rc7", "final", 7, "It's been calm enough that I'm not planning on an -rc8.")]
    [InlineData("3.14-rc7", "rc8", 8, "Things are not quite as calm as I'd like, which makes me think there will be an -rc8.")]
    [InlineData("3.14-rc8", "final", 8, "I'll release 3.14 next weekend, barring any last-minute surprises.")]
    [InlineData("3.14-rc7", "rc8", 8, "-rc8 will happen.")]
    [InlineData("3.14-rc7", "rc8", 8, "And yes, there will be an -rc8.")]
    // Forty-third round (2026-12-02, fourth session): times in other words and numbers ("in about a week", "7 days out",
    // "~1 week", "2 more weeks"), written before running them.
    [InlineData("6.18-rc7", "final", 7, "I expect the final release in about a week.")]
    [InlineData("6.18-rc7", "final", 7, "I'm expecting to tag the final in a week or so.")]
    [InlineData("6.18-rc6", "rc7", 7, "We have 2 more weeks to go.")]
    [InlineData("6.18-rc7", "final", 7, "We have 1 more week to go, and then 6.18 is out.")]
    [InlineData("6.18-rc7", "final", 7, "6.18 is scheduled for next Sunday.")]
    [InlineData("6.18-rc7", "final", 7, "I'd like to get 6.18 out the door next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "The final is 7 days out.")]
    [InlineData("6.18-rc7", "final", 7, "Final 6.18 in ~1 week.")]
    [InlineData("6.18-rc7", "rc8", 8, "Two weeks from now we should have the final 6.18.")]
    [InlineData("6.18-rc7", "rc8", 8, "In roughly two weeks we'll have 6.18 final.")]
    [InlineData("6.18-rc7", "rc8", 8, "I'll let it simmer for another week with an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Expect the release on the usual schedule.")]
    // Forty-fourth round (2026-12-02, fourth session): distractors beside the claim and terse claims, written before
    // running them.
    [InlineData("6.18-rc7", "final", 7, "The networking pull had an rc8-worthy bug in it, but it got fixed in time. So I expect the final next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "Last year's 6.13 needed an rc8, but this one doesn't look like it will.")]
    [InlineData("6.18-rc7", "final", 7, "Let's make this the last rc. Please?")]
    [InlineData("6.18-rc7", "final", 7, "Don't expect an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "No rc8. Final release next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "rc8: not needed.")]
    [InlineData("6.18-rc7", "final", 7, "An rc8? Not this time.")]
    [InlineData("6.18-rc6", "rc7", 7, "rc7 next week, and the final the week after that, if all goes well.")]
    // Forty-seventh round (2026-12-02, fourth session): rc8 and rc9 mails, written before running them.
    [InlineData("6.7-rc8", "final", 8, "This is the last rc, and the final 6.7 will be out next weekend - with the merge window running into the new year.")]
    [InlineData("6.7-rc8", "final", 8, "rc8 was planned because of the holidays, and the final is now on track for next Sunday.")]
    [InlineData("6.7-rc8", "final", 8, "Things are calm, the holidays are over, and I see no reason for an rc9.")]
    [InlineData("6.7-rc8", "rc9", 9, "I'll probably do an rc9 just to be safe, since a lot of people are still away.")]
    [InlineData("4.15-rc8", "rc9", 9, "Meltdown and Spectre made this cycle very messy, and I'm pretty sure we'll need an rc9.")]
    [InlineData("4.15-rc9", "final", 9, "rc9 it is, and hopefully the last one.")]
    [InlineData("6.7-rc8", "final", 8, "The final release will happen next weekend unless the networking fix blows up.")]
    [InlineData("6.7-rc8", "final", 8, "So we're done with the rc series, modulo any last-minute surprises.")]
    [InlineData("6.7-rc8", "final", 8, "No rc9 - the final is next.")]
    // Forty-eighth round (2026-12-02, fourth session): typography — tags with "v", upper case, curly apostrophes,
    // parentheses, "6.18-final" — written before running them.
    [InlineData("6.18-rc7", "final", 7, "I'll tag v6.18 next Sunday.")]
    [InlineData("6.18-rc7", "final", 7, "Final v6.18 next weekend, barring surprises.")]
    [InlineData("6.18-rc7", "rc8", 8, "There will be an RC8.")]
    [InlineData("6.18-rc7", "rc8", 8, "I expect an -RC8 next week.")]
    [InlineData("6.18-rc7", "final", 7, "I\u2019m not planning on an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "The final 6.18 is due next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "(And no, there won't be an rc8.)")]
    [InlineData("6.18-rc7", "final", 7, "I don't think we'll need rc8.")]
    [InlineData("6.18-rc7", "final", 7, "We're on track for 6.18 next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "The eighth rc will be out next Sunday.")]
    [InlineData("6.18-rc7", "rc8", 8, "rc8 next weekend, then 6.18 the week after.")]
    [InlineData("6.18-rc7", "final", 7, "6.18-final next week.")]
    // Forty-ninth round (2026-12-02, fourth session): longer mails of several paragraphs, written before running them.
    [InlineData("6.18-rc7", "rc8", 8, "So the week didn't go quite as I'd hoped. We had a late networking regression, and the fix for it only came in yesterday.\n\nI was hoping this would be the last rc, but with that fix being so fresh, I'll do an rc8. The final 6.18 will then be the week after, which still leaves the merge window before the holidays.\n\nGo test.")]
    [InlineData("6.18-rc7", "final", 7, "Things have been nice and calm. The diffstat is tiny, and there's nothing that makes me worried.\n\nSo unless something unexpected happens, this is the last rc, and 6.18 will be out next Sunday. That also means the merge window for 6.19 opens right after, so please get your pull requests ready.\n\nLinus")]
    [InlineData("6.18-rc7", "final", 7, "rc7 is out. Last week I said an rc8 might be needed, since the mm fixes were still coming in.\n\nThey've since calmed down, and I no longer think an rc8 is necessary. The plan is the final release next weekend.")]
    [InlineData("6.18-rc8", "final", 8, "As expected, rc8 is small. The holidays made for a quiet week, and most of the fixes are one-liners.\n\nI don't see any reason to wait any longer: the final 6.18 will be out next weekend, and the merge window will then straddle the new year.")]
    [InlineData("6.18-rc6", "rc7", 7, "rc6 is a bit bigger than I'd like, but it's mostly due to one filesystem pull.\n\nIf things calm down as they usually do, rc7 will be the last rc and the final release comes two weeks from now.")]
    [InlineData("6.18-rc7", "rc8", 8, "Hmm. I'm not thrilled about this rc. There are still two open regressions on the list, and nobody has a fix for either of them yet.\n\nI'll give it another week, so expect an rc8 next Sunday. With any luck that will be the last one.")]
    // Fiftieth round (2026-12-02, fourth session): travel beside the plan, written before running them.
    [InlineData("6.18-rc7", "rc8", 8, "I'll be traveling next weekend, so rc8 will be a day late.")]
    [InlineData("6.18-rc7", "final", 7, "I'm traveling during the merge window, so I'd like to release 6.18 next weekend rather than delay it.")]
    [InlineData("6.18-rc7", "final", 7, "Because of my travel, I'll release the final from the road next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "I'll be on the road for the next two weeks, so there will be one more rc from a hotel room and then the final.")]
    [InlineData("6.18-rc7", "final", 7, "rc7 is a day late because of travel, but the final should still happen next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "The timing works out well with my travel: final release next Sunday, merge window while I'm in Japan.")]
    [InlineData("6.18-rc7", "rc8", 8, "With Plumbers coming up, I'm inclined to do an rc8 so that the merge window doesn't overlap with it.")]
    [InlineData("6.18-rc7", "final", 7, "I don't want the merge window to overlap with my travel, so the final will be next weekend.")]
    // Fifty-first round (2026-12-02, fifth session): lines quoted from other mails ("> …") and jokes about the schedule,
    // written before running them. A quoted line is somebody else's words, not Linus' plan.
    [InlineData("6.18-rc7", "final", 7, "Somebody asked on the list:\n\n> will there be an rc8 this time?\n\nNo. Things are calm, and I expect to release 6.18 next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "> I think we need an rc8 for the mm fixes\n\nI disagree: the mm fixes are in, and the final is next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "Christoph wrote:\n> This looks ready for the final release next weekend.\n\nI'm not so sure. I'll do an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Yes, I know, I always say this, but this really should be the last rc. Final 6.18 next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "I'd love to say this is the last rc, but who am I kidding. There will be an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "No rc8, no rc9, no surprises (famous last words): 6.18 final next weekend.")]
    // Added after the miss above ("I'd love to say …" is a wish, like "I'd normally say …"), in other words for it.
    [InlineData("6.18-rc7", "rc8", 8, "I would like to say that this is the last rc. Sadly, there will be an rc8.")]
    [InlineData("6.18-rc7", "rc8", 8, "I wish I could say we're done. We're not: rc8 next Sunday, and then we'll see.")]
    // Fifty-second round (2026-12-02, fifth session): others' words quoted inline, old expectations and jokes beside the
    // plan, written before running them.
    [InlineData("6.18-rc7", "final", 7, "As Greg put it, \"just do an rc8 and be done with it\" - but I don't think that's needed this time. Final next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "Thorsten's tracker still lists three regressions, and as he said, \"releasing with those open would be a mistake\". I agree, so there will be an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "I was half expecting to have to do an rc8 this time, but things calmed down nicely. So 6.18 final next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "Let's call it what it is: this release isn't ready, and I'll do an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Knock on wood, but this looks like the last rc. Final 6.18 next Sunday, unless the sky falls.")]
    [InlineData("6.18-rc7", "final", 7, "Against all odds (and my own predictions from two weeks ago), we're on track for the final next weekend.")]
    // Fifty-third round (2026-12-02, fifth session): what others said, reported without quote marks, and the next
    // cycle's plan beside this one's, written before running them.
    [InlineData("6.18-rc7", "final", 7, "Greg mentioned that the stable team would prefer an rc8 because of the timing with their own releases, but I don't think that's a good enough reason. 6.18 final next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "Several people have told me they think this release is ready. I'm not convinced: there will be an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "The plan is the final 6.18 next weekend, which means the 6.19 merge window will overlap with the holidays, and 6.19-rc1 will be on January 4th.")]
    [InlineData("6.18-rc7", "rc8", 8, "I'll do an rc8 next week, and then the final 6.18 the week after, so the 6.19 merge window will close in mid-January.")]
    [InlineData("6.18-rc8", "final", 8, "So 6.18 will be released next weekend, and the 6.19 merge window will be a bit shorter than usual because of that.")]
    [InlineData("6.18-rc7", "final", 7, "Some people suggested that I should do an rc8 just to be safe. I won't: the final is next Sunday.")]
    // Fifty-fourth round (2026-12-02, sixth session): irony about the schedule, and two releases' schedules discussed at
    // length, written before running them.
    [InlineData("6.18-rc7", "final", 7, "Oh yes, another rc8, exactly what everybody wants for the holidays. Not happening: 6.18 final next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "I was hoping to make this the last rc. Ha. Ha. No, we'll have an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Right, so after last week's drama about rc8, it turns out things calmed down nicely, and I expect to tag the final 6.18 next Sunday.")]
    [InlineData("6.18-rc7", "rc8", 8, "Yeah, so much for 'this will be a calm release'. We're going to need an rc8, and maybe I'll know more next week about whether 6.18 final happens then or the week after.")]
    [InlineData("6.18-rc8", "final", 8, "The 6.17 cycle ended up with an rc8 too, and then 6.17 was released a week later, on schedule for what I had said then. This time I expect 6.18 to follow the same pattern: final next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "For the stable people: Greg will do 6.17.12 next week, and the 6.18 final will come out next Sunday as planned, so 6.18.1 will follow a week or so after that.")]
    // Written after the round: an opening "No," answers, a dismissal needs its stop, and a question's "Nope." stays an answer.
    [InlineData("6.18-rc7", "rc8", 8, "No, this isn't the last rc. I'll do an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "No way we need an rc8 for this.")]
    [InlineData("6.18-rc7", "final", 7, "An rc8 for a couple of typo fixes? Nope. The final 6.18 comes next weekend.")]
    // Fifty-fifth round (2026-12-02, sixth session): ordinary rc7 and rc8 paragraphs in Linus' everyday tone, the claim
    // among the week's report, written before running them.
    [InlineData("6.20-rc7", "final", 7, "So rc7 is out, and things look fairly calm. The bulk of the changes are in drivers (gpu and networking, as usual), with some arch fixes and a few filesystem updates. Unless something surprising happens, this is going to be the last rc, and I'll tag the final release next weekend.")]
    [InlineData("6.20-rc7", "rc8", 8, "This rc7 is bigger than I'd like, and some of the fixes are for issues that came in during the merge window and only got noticed now. I think I'll do an rc8 just to give things a bit more time to settle, and then release 6.20 the week after.")]
    [InlineData("6.20-rc7", "final", 7, "Things have been quiet, and I'm not seeing anything that would make me want to delay the release. So barring any last-minute surprises, 6.20 final will happen next Sunday.")]
    [InlineData("6.20-rc8", "final", 8, "So I did end up doing an rc8, mainly because of the late networking fixes, but everything looks fine now. I expect to release 6.20 next weekend.")]
    [InlineData("6.20-rc7", "rc8", 8, "We still have a couple of regressions being worked on, and while I'm hopeful they will be resolved this week, I'd rather not release with them outstanding. So expect an rc8 next Sunday.")]
    [InlineData("6.20-rc7", "final", 7, "Nothing really stands out in rc7. It's mostly small fixes all over the place, which is exactly what you want to see at this point. Let's hope that continues, and we'll have a final release in a week.")]
    // Fifty-sixth round (2026-12-02, sixth session): rc5, rc6, rc8 and rc9 paragraphs in the everyday tone, written
    // before running them.
    [InlineData("6.20-rc6", "rc7", 7, "rc6 is pretty normal in size, and the changes are spread out the way they should be at this stage. If this continues, we'll have rc7 next week and the final release the week after.")]
    [InlineData("6.20-rc6", "rc7", 8, "This has been a rough cycle, and I'm already fairly sure we'll end up with an rc8.")]
    [InlineData("6.20-rc8", "final", 8, "The rc8 was mostly because of my travel, not because of any real problems, and as expected it's been very quiet. So the final 6.20 will be out next weekend.")]
    [InlineData("6.20-rc9", "final", 9, "Yes, an rc9. It's been a while since we've had one of those, but the scheduler regression needed it. Hopefully this is the last one, and 6.20 will be released next Sunday.")]
    [InlineData("6.20-rc5", "rc6", 7, "Things look pretty much on track for a normal release schedule, so rc7 should be the last rc if nothing odd happens.")]
    [InlineData("6.20-rc7", "final", 7, "Anyway, I'm going to be traveling next week, but that shouldn't affect the release: I'll do the final 6.20 from the road next Sunday.")]
    // Fifty-seventh round (2026-12-02, sixth session): smileys, asides in parentheses, "a given", "I'm calling it",
    // written before running them.
    [InlineData("6.18-rc7", "final", 7, "So unless something comes up, I'll tag 6.18 next weekend :)")]
    [InlineData("6.18-rc7", "final", 7, "This should be the last rc (knock on wood), and the final 6.18 should follow next Sunday.")]
    [InlineData("6.18-rc7", "rc8", 8, "At this point an rc8 is pretty much a given, considering the number of fixes still in flight.")]
    [InlineData("6.18-rc7", "final", 7, "I'm calling it: this is the last rc before 6.18.")]
    [InlineData("6.18-rc7", "rc8", 8, "Things are calming down (finally), but not enough for my taste, so there will be one more rc before the final.")]
    [InlineData("6.18-rc7", "final", 7, "And no, despite what some people seem to think, there won't be an rc8 this time around; 6.18 comes out next weekend.")]
    // Fifty-eighth round (2026-12-02, sixth session): sarcasm and rhetorical questions around a plain plan, and plans
    // given up, written before running them.
    [InlineData("6.18-rc7", "rc8", 8, "Remember when I said rc6 was looking good? Yeah, about that. We'll need an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "An rc8? For two one-liners? I don't think so. Final next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "So much for a calm release. rc8 next week, final after that.")]
    [InlineData("6.18-rc7", "final", 7, "I was going to do an rc8 because of the pending filesystem fix, but it got merged in time, so no need. The final is next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "The rc8 that some people were expecting isn't going to happen. 6.18 next Sunday.")]
    [InlineData("6.18-rc8", "final", 8, "Well, that rc8 was boring, which is exactly what it was supposed to be. Final 6.18 next weekend, unless something dramatic happens.")]
    // Written after the round: "who knows" before a plain plan, and others' worry denied.
    [InlineData("6.18-rc7", "final", 7, "Who knows, maybe I'm being too optimistic. But I expect to release 6.18 next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "The rc9 that a few folks were worried about won't be needed: 6.18 final comes next weekend.")]
    // Fifty-ninth round (2026-12-02, sixth session): plans that hold whatever happens ("either way", "whether or not",
    // "no matter what", "regardless"), beside open words, written before running them.
    [InlineData("6.18-rc7", "rc8", 8, "I'll do an rc8 either way, to be safe.")]
    [InlineData("6.18-rc7", "final", 7, "Either way, the final 6.18 is next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "Whether or not the last networking fix makes it, 6.18 will be released next Sunday.")]
    [InlineData("6.18-rc7", "rc8", 8, "No matter what happens this week, there will be an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Regardless of the timing of the holidays, I plan on releasing 6.18 next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "I haven't decided what the rc8 will look like yet, but there will be one.")]
    // Written after the round.
    [InlineData("6.18-rc7", "rc8", 8, "Either way, expect an rc8 next Sunday.")]
    // Sixtieth round (2026-12-02, sixth session): early rc mails (rc1 to rc3) about the cycle's length around the
    // holidays and travel, written before running them.
    [InlineData("6.19-rc1", "rc2", 8, "Due to the holidays, I expect this release to have an rc8, so plan on the final 6.19 in early February.")]
    [InlineData("6.19-rc1", "rc2", 7, "This looks like a perfectly normal merge window, and I expect the usual seven rcs.")]
    [InlineData("6.19-rc2", "rc3", 8, "The holiday season means this cycle will likely be a week longer than usual, with an rc8 in late January.")]
    [InlineData("6.19-rc1", "rc2", 7, "Nothing special about the schedule: the final release should be about seven weeks out.")]
    [InlineData("6.19-rc3", "rc4", 8, "I'm already planning on an rc8 because of my travel at the end of January.")]
    [InlineData("6.19-rc1", "rc2", 8, "Since the rc phase goes over Christmas and New Year, I'll be adding an extra week at the end, so expect rc8 before the final.")]
    // Sixty-first round (2026-12-02, sixth session): the next merge window's opening as the sign of the release,
    // written before running them.
    [InlineData("6.18-rc7", "final", 7, "So assuming nothing bad happens, the 6.19 merge window will open next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "I'd rather not open the 6.19 merge window right before my travel, so we'll have an rc8 and the merge window will open a week later.")]
    [InlineData("6.18-rc7", "final", 7, "Maintainers: please have your pull requests for the 6.19 merge window ready, because it'll likely open next Sunday.")]
    [InlineData("6.18-rc8", "final", 8, "This should be it. Next week: 6.18, and the start of the merge window.")]
    [InlineData("6.18-rc7", "rc8", 8, "The merge window for 6.19 will be delayed by a week because I'll do an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Start sending me your 6.19 pull requests early next week; the release itself should happen on Sunday as usual.")]
    // Written after the round: the opening denied, and a 2.6-era number.
    [InlineData("6.18-rc7", "rc8", 8, "The 6.19 merge window won't open next weekend; I'll do an rc8 first.")]
    [InlineData("2.6.37-rc7", "final", 7, "Unless something comes up, the 2.6.38 merge window will open next weekend.")]
    // Sixty-second round (2026-12-02, sixth session): "proper", "the real 6.18", "it is" and "a week out", written before
    // running them.
    [InlineData("6.18-rc7", "final", 7, "Next weekend I expect to tag v6.18 proper.")]
    [InlineData("6.18-rc7", "final", 7, "The real 6.18 should be out a week from now.")]
    [InlineData("6.18-rc7", "rc8", 8, "Not quite there yet, so one more rc it is.")]
    [InlineData("6.18-rc7", "final", 7, "I don't see any reason for an rc8, so 6.18 next weekend it is.")]
    [InlineData("6.18-rc7", "rc8", 8, "rc8 is happening, no question about it.")]
    [InlineData("6.18-rc7", "final", 7, "Time to wrap up 6.18: the final release is a week out.")]
    // Sixty-third round (2026-12-02, sixth session): this cycle compared with earlier ones, written before running them.
    [InlineData("6.18-rc7", "final", 7, "Unlike 6.17, this release won't need an rc8.")]
    [InlineData("6.18-rc7", "rc8", 8, "Just like 6.17, we'll end up with an rc8.")]
    [InlineData("6.18-rc7", "final", 7, "Compared to the 6.17 cycle, which needed an rc8, this one has been very smooth, and I plan to release 6.18 next Sunday.")]
    [InlineData("6.18-rc8", "final", 8, "I think this is the first time since 6.7 that we've needed an rc8, but it's done its job. Final release next weekend.")]
    [InlineData("6.18-rc7", "rc8", 8, "6.17 got away without an rc8, but 6.18 won't be so lucky.")]
    [InlineData("6.18-rc7", "final", 7, "Same as last release: this is the last rc, final next weekend.")]
    // Written after the round: the denied rc compared the other way, and the version of another cycle.
    [InlineData("6.18-rc7", "final", 7, "6.17 got away without an rc8, and 6.18 will too.")]
    [InlineData("6.18-rc7", "final", 7, "The 6.16 cycle, which had an rc8, was a lot messier than this one. I expect to release 6.18 next weekend.")]
    // Sixty-fourth round (2026-12-02, sixth session): postscripts, plans as lists, and the version with ".0", written
    // before running them.
    [InlineData("6.18-rc7", "final", 7, "PS. The final 6.18 will be out next Sunday, barring surprises.")]
    [InlineData("6.18-rc7", "final", 7, "Schedule-wise:\n\n - 6.18 final: next Sunday\n - 6.19 merge window: the two weeks after that")]
    [InlineData("6.18-rc7", "rc8", 8, "Plan:\n\n - rc8 next Sunday\n - final the week after")]
    [InlineData("6.18-rc8", "final", 8, "6.18.0 is coming next weekend.")]
    [InlineData("6.18-rc7", "final", 7, "Final release (v6.18) next weekend unless something goes horribly wrong.")]
    [InlineData("6.18-rc7", "rc8", 8, "We'll do another week of fixes: rc8 next Sunday.")]
    // Written after the round: other list markers.
    [InlineData("6.18-rc7", "rc8", 8, "The plan:\n * rc8: next Sunday\n * 6.18 final: the Sunday after")]
    [InlineData("6.18-rc8", "final", 8, "What happens next:\n 1. 6.18 release next weekend\n 2. then the 6.19 merge window")]
    // Sixty-fifth round (2026-12-02, seventh session): the 2.6 and early 3.x wording ("-rc", "X.Y final"), written
    // with their readings before running them.
    [InlineData("2.6.39-rc7", "final", 7, "I think this is the last -rc, and 2.6.39 will be out next week unless something bad happens.")]
    [InlineData("2.6.38-rc8", "final", 8, "This should be the last -rc, the final 2.6.38 is due next week.")]
    [InlineData("2.6.37-rc7", "rc8", 8, "I'll probably do an -rc8 next week, the regression list is still too long.")]
    [InlineData("3.1-rc9", "final", 9, "I really hope this is the last -rc before 3.1 final.")]
    [InlineData("2.6.36-rc7", "rc8", 8, "Let's do one more -rc, since there were some late fixes.")]
    [InlineData("3.2-rc7", "final", 7, "Unless something nasty comes up, 3.2 final will be out next weekend.")]
    // Sixty-sixth round: the 4.x wording, written with their readings before running them.
    [InlineData("4.9-rc7", "rc8", 8, "I'm planning on doing an rc8, since the merge window would otherwise hit the holidays.")]
    [InlineData("4.14-rc7", "rc8", 8, "So I'll do an rc8, even though things aren't really all that bad.")]
    [InlineData("4.12-rc7", "final", 7, "Things have been calm enough that I expect to release the final 4.12 next weekend.")]
    [InlineData("4.10-rc8", "final", 8, "Anyway, this is going to be the last rc unless something really unexpected happens.")]
    [InlineData("4.4-rc8", "final", 8, "I'm pretty sure this will be the last rc, and 4.4 is on track for next Sunday.")]
    [InlineData("4.15-rc9", "final", 9, "This really should be the last rc, the final 4.15 will be out next weekend.")]
    // Written down as saying nothing, read as an rc8: index.csv reads 5.12-rc7's "I'll probably do an rc8 [...] But it
    // ends up depending a bit on how the upcoming week goes" as another rc, and a hedged rc8 is the same lean.
    [InlineData("4.8-rc7", "rc8", 8, "I may end up doing an rc8 depending on how things look next week.")]
    // Sixty-seventh round: four whole mails in the 4.x wording, written with their readings before running them; three
    // sentences of them were misread (the plan against a past plan, and a release time that names no Sunday — below).
    [InlineData("4.9-rc7", "rc8", 8, "So if everything had gone according to plan, this would have been the last rc.")]
    [InlineData("4.9-rc7", "rc8", 8, "Had things stayed calm, this would have been the last rc.")]
    [InlineData("4.18-rc7", "final", 7, "The previous two releases needed an rc8, but this one won't.")]
    [InlineData("4.18-rc7", "final", 7, "It needed an rc8 last time, and I'll do the final next week this time.")]
    // A fallback beside a plan (round 71): what comes only if things go wrong is no plan; "Otherwise," without a
    // "would" means "apart from that"; what is only considered or wished for yields to what follows a "but".
    [InlineData("5.17-rc7", "final", 7, "I expect the final next week. But if something comes up, there'll be an rc8.")]
    [InlineData("6.1-rc7", "final", 7, "I'll probably do the final next week, but if something comes up, we'll have an rc8.")]
    [InlineData("6.4-rc7", "final", 7, "I'll do the final next week. But if the drm regression isn't fixed by then, we'll have an rc8.")]
    [InlineData("5.15-rc7", "final", 7, "We'll have an rc8 if things don't calm down, but I expect this to be the last rc.")]
    [InlineData("6.2-rc7", "final", 7, "I expect to release next weekend. If not, there will be an rc8.")]
    [InlineData("5.10-rc7", "final", 7, "I'm considering doing an rc8 simply because it would move the merge window into the holidays otherwise. But if things stay calm, I'll probably just do the final release next week.")]
    [InlineData("6.3-rc7", "rc8", 8, "I'd like to release next weekend. But we'll probably need an rc8.")]
    [InlineData("5.9-rc7", "final", 7, "The drm fix was a bit bigger than I'd like. Otherwise, things look calm, and I expect to release the final next weekend.")]
    [InlineData("5.13-rc7", "final", 7, "Otherwise it's all small, and I don't think we'll need an rc8.")]
    [InlineData("6.8-rc7", "rc8", 8, "If nothing unexpected happens, I'll do an rc8 next week and the final the week after, but if things go badly wrong, we might need an rc9.")]
    // Early rcs (round 72): an extra rc or week is one beyond the usual rc7; an approximate count of weeks is still weeks.
    [InlineData("6.7-rc1", "rc2", 8, "The usual schedule would put the final release right around Christmas, which I want to avoid, so plan on an extra rc.")]
    [InlineData("6.7-rc1", "rc2", 7, "If history is any guide, we'll have the final release in about seven weeks.")]
    [InlineData("5.16-rc1", "rc2", 8, "I expect an extra week this cycle, because of the holidays.")]
    [InlineData("6.1-rc6", "rc7", 8, "I expect an extra week.")]
    [InlineData("6.1-rc6", "rc7", 7, "I don't think we'll need an extra week.")]
    // Round 73: a small chance and a hope against the rc8 weigh less than the plan; the next release named as this one.
    [InlineData("6.5-rc7", "final", 7, "I'll probably release the final version next weekend, but there's a chance we'll have an rc8.")]
    [InlineData("6.5-rc7", "final", 7, "It's possible that we'll need an rc8, but I'm hoping not.")]
    [InlineData("6.5-rc7", "final", 7, "We might need an rc8, but hopefully not.")]
    [InlineData("6.5-rc7", "final", 7, "Nothing is pending, so I expect the next release to be the final 6.5.")]
    [InlineData("6.5-rc7", "rc8", 8, "There's a good chance we'll need an rc8.")]
    // Round 75: the final with the normal schedule before rc7; this release's own last rc named with its version.
    [InlineData("6.8-rc5", "rc6", 7, "We're on track for the final release on the normal schedule.")]
    [InlineData("6.8-rc7", "final", 7, "This is the last rc of the 6.8 series.")]
    // Round 77, the 2.6 wording: a 2.6 release is named with its three parts, and "imminent" is next.
    [InlineData("2.6.20-rc7", "final", 7, "Hopefully the final 2.6.20 is imminent.")]
    [InlineData("2.6.20-rc7", "final", 7, "I'll probably cut 2.6.20 early next week.")]
    [InlineData("2.6.20-rc7", "final", 7, "The plan is to do 2.6.20 in about a week.")]
    [InlineData("2.6.20-rc7", "rc8", 8, "2.6.20-rc8 will follow unless things calm down.")]
    [InlineData("2.6.20-rc7", "final", 7, "I expect 2.6.20 to be released next weekend.")]
    // Round 78, the 3.x wording: a release hoped for after a calm week; a hope against a hedged rc8.
    [InlineData("3.12-rc7", "final", 7, "Let's hope next week is calmer, so that I can release 3.12 with a clear conscience.")]
    [InlineData("3.12-rc7", "final", 7, "I might do an -rc8 if things don't calm down, but right now I'm hoping not.")]
    [InlineData("3.12-rc7", "rc8", 8, "I'll do an rc8 so that I can release the final with a clear conscience.")]
    [InlineData("3.12-rc7", "rc8", 8, "I'll wait another week so that I can release 3.12 with a clear conscience.")]
    // Round 79, rc8 mails: the extra rc named is the mail's own; an open question settled by the doubt after it.
    [InlineData("6.2-rc8", "final", 8, "As mentioned last week, this is an extra rc because of the holiday slowdown, and I expect the final release next weekend.")]
    [InlineData("6.2-rc8", "final", 8, "We'll see if an rc9 is needed, but I doubt it.")]
    // Round 82: what would normally happen, said with "I would normally", gives way to the plan after its "but".
    [InlineData("4.11-rc5", "rc6", 8, "I would normally expect to release 4.11 in three weeks, but with the timing of the Easter holidays, I might end up doing an rc8 to avoid having the merge window during my vacation.")]
    // Round 83: an earlier release's rc8 asked again of this cycle by "one", or compared after a semicolon.
    [InlineData("6.5-rc7", "final", 7, "5.19 had an rc8 for retbleed; this time I don't expect one.")]
    [InlineData("6.5-rc7", "rc8", 8, "Last release needed an rc8, and this one might too.")]
    [InlineData("6.5-rc7", "final", 7, "We didn't need an rc8 last time, and I don't think we'll need one this time either.")]
    [InlineData("6.5-rc7", "rc8", 8, "6.4 had an rc8, and I expect we'll have one this time too.")]
    [InlineData("6.5-rc7", "final", 7, "The rc8 we had for 6.4 was about timing, and I don't expect one this time.")]
    [InlineData("6.5-rc7", "rc8", 8, "I'll do an rc8 for 6.5.")]
    // Round 84: what "we can" do after a hoped-for calm week; "the upcoming week" is next week.
    [InlineData("5.15-rc7", "final", 7, "Let's hope the upcoming week is calm, and we can have a final release without any drama.")]
    [InlineData("5.15-rc7", "final", 7, "Let's hope next week is calm, and we can release 5.15.")]
    [InlineData("5.15-rc7", "rc8", 8, "I'll do an rc8, and we can have the final the week after.")]
    // Round 86: before rc7 a delay is a week beyond the usual, and no reason to delay is the usual rc7.
    [InlineData("6.19-rc1", "rc2", 8, "Normally we'd have the release at the end of January, but with the holidays I expect it to slip a week.")]
    [InlineData("6.19-rc1", "rc2", 8, "I expect the release to be delayed by a week because of the holidays.")]
    [InlineData("6.19-rc1", "rc2", 7, "I don't see any reason to delay the release.")]
    [InlineData("6.19-rc5", "rc6", 8, "I expect the final to slip a week.")]
    // Round 87: the rc of a release named in front of it, asked again of this cycle.
    [InlineData("5.18-rc7", "final", 7, "The previous cycle's rc8 was about timing, and I don't expect one this time.")]
    // Round 88: a decision told in the simple past in an extra rc's mail is that rc's story; "this last week" to come;
    // a shrug at an rc8 beside a plan.
    [InlineData("5.12-rc8", "final", 8, "I decided to do an rc8 because of the late fixes, and I expect the final next weekend.")]
    [InlineData("5.12-rc7", "rc8", 8, "So I decided that we need one more rc.")]
    [InlineData("6.1-rc8", "final", 8, "We chose to do an rc8 for the holidays, and the final will be next Sunday.")]
    [InlineData("6.7-rc8", "rc9", 9, "And I decided that I'd rather have one more rc after this one.")]
    [InlineData("5.10-rc7", "final", 7, "Let's make this last week a quiet one.")]
    [InlineData("5.10-rc7", "final", 7, "Please make the final week of this release a calm one.")]
    [InlineData("5.10-rc7", "final", 7, "An rc8 wouldn't be the end of the world, but I expect to release the final next week.")]
    // Round 91: the mail's own rc8 that it "ended up needing".
    [InlineData("5.18-rc8", "final", 8, "We ended up needing an rc8 after all, but the final should be next week.")]
    // Round 92: the release by its week.
    [InlineData("6.8-rc7", "final", 7, "Next week's release will have the final bits of the new scheduler.")]
    [InlineData("6.8-rc7", "rc8", 8, "Next week's rc will probably be the last.")]
    // Round 93: rc8 mails; what is "possible but unlikely" is denied.
    [InlineData("6.2-rc8", "final", 8, "I don't expect an rc9.")]
    [InlineData("6.2-rc8", "final", 8, "Final 6.2 next weekend, as planned.")]
    [InlineData("6.2-rc8", "final", 8, "rc9 is not going to happen unless something goes horribly wrong.")]
    [InlineData("6.2-rc8", "final", 8, "Let's hope this is the last one.")]
    [InlineData("6.2-rc8", "final", 8, "An rc9 is possible but unlikely.")]
    [InlineData("6.2-rc8", "final", 8, "An rc9 is not impossible, but unlikely.")]
    [InlineData("6.2-rc8", "rc9", 9, "I might need to do an rc9 if the btrfs issue isn't fixed.")]
    [InlineData("6.2-rc8", "rc9", 9, "So rc8 is out, and rc9 is planned for next week because of my travel.")]
    [InlineData("6.2-rc8", "final", 8, "The merge window for 6.3 will open next weekend.")]
    // Round 97: what the usual schedule would do is no plan when a "but" follows; a doubt about something else before a
    // "but" leaves the plan after it standing; "get the final out next week".
    [InlineData("6.20-rc7", "rc8", 8, "The usual schedule would have the final release next weekend, but I'm going to be traveling, so rc8 it is.")]
    [InlineData("6.20-rc7", "final", 7, "The usual schedule would have the final release next weekend, and I see no reason to change that.")]
    [InlineData("6.20-rc7", "final", 7, "I'm not sure whether the networking fix is right, but I expect the final next weekend.")]
    [InlineData("6.20-rc7", "final", 7, "Who knows why the build broke, but I expect the final next weekend.")]
    [InlineData("6.20-rc7", "final", 7, "It's hard to say what caused the ext4 regression, but the final release is still on track for next weekend.")]
    [InlineData("6.20-rc7", "final", 7, "The question is still open for the ext4 fix, but I expect the final next weekend.")]
    [InlineData("6.20-rc7", "final", 7, "I expect to get the final 6.20 out next weekend.")]
    [InlineData("6.20-rc7", "rc8", 8, "It's an open question whether the new scheduler code is ready, but the rc8 is happening regardless.")]
    // Round 98: an extra rc only if things go wrong, said alone, is the usual end; "we'll have a regular schedule".
    [InlineData("6.20-rc7", "final", 7, "If something comes up, there'll be an rc8.")]
    [InlineData("6.20-rc7", "final", 7, "If anything bad happens, I'll do an rc8.")]
    [InlineData("6.20-rc7", "final", 7, "If things don't calm down, there'll be an rc8.")]
    [InlineData("6.20-rc6", "rc7", 7, "If rc7 turns out to be big, we'll need an rc8.")]
    [InlineData("6.20-rc7", "final", 7, "If the networking fix is delayed, I'll do an rc8.")]
    [InlineData("6.20-rc7", "final", 7, "I'll do an rc8 if the big pull from Dave turns out to be messy.")]
    [InlineData("6.20-rc7", "final", 7, "Even if this week is messy, I plan on releasing the final next weekend.")]
    [InlineData("6.20-rc7", "rc8", 8, "If nothing comes up, there'll still be an rc8, because of my travel.")]
    [InlineData("6.20-rc8", "rc9", 9, "I might need to do an rc9 if the btrfs issue isn't resolved.")]
    [InlineData("6.20-rc6", "rc7", 7, "At this point I'm fairly confident we'll have a regular schedule.")]
    [InlineData("6.20-rc6", "rc7", 7, "We'll stick to the normal schedule unless something bad happens.")]
    [InlineData("6.20-rc6", "rc7", 8, "I don't think we'll have a normal schedule this time.")]
    // Round 99: the release that is (not) held up or delayed is no claim of its own; "nothing should delay" denies.
    [InlineData("6.20-rc8", "final", 8, "Things are calm and I don't expect anything to hold up the release next week.")]
    [InlineData("6.20-rc7", "final", 7, "I don't expect anything to hold up the release next week.")]
    [InlineData("6.20-rc7", "final", 7, "I don't think anything will hold up the final release.")]
    [InlineData("6.20-rc7", "final", 7, "Nothing I know of should delay 6.20 beyond next weekend.")]
    [InlineData("6.20-rc7", "final", 7, "Nothing should delay the release.")]
    [InlineData("6.20-rc7", "rc8", 8, "Nothing big came in, but the late drm fix will delay the release by a week.")]
    [InlineData("6.20-rc7", "rc8", 8, "Two regressions are holding up the release, so rc8 it is.")]
    // Round 100: the mail's own lateness ("this rc is a bit delayed") is no delay of the release.
    [InlineData("6.20-rc7", "final", 7, "This rc is a bit delayed, but I still expect the final next weekend.")]
    [InlineData("6.20-rc7", "rc8", 8, "The final release is delayed by a week.")]
    // Round 101: a hope told in the past and dashed by a "but" says the other way, as a lean.
    [InlineData("6.20-rc7", "rc8", 8, "I was hoping this would be the last rc, but the networking regression is still open.")]
    [InlineData("6.20-rc7", "rc8", 8, "I had hoped to make this the last rc, but there are still a few open issues.")]
    [InlineData("6.20-rc7", "rc8", 8, "I'd hoped that rc7 would be the last one, but it's not going to happen.")]
    [InlineData("6.20-rc7", "final", 7, "I was hoping for a calm week, but the final release is still on track for next weekend.")]
    [InlineData("6.20-rc7", "final", 7, "I was hoping this would be the last rc, but things have been calm enough, so it is: final next week.")]
    [InlineData("6.20-rc7", "final", 7, "We'll see how the week goes, but right now I'm fairly confident that this is the last rc.")]
    [InlineData("6.20-rc7", "rc8", 8, "I'll probably do an rc8, not because there are any huge problems, but because it's been a bit noisier than I'd like.")]
    // Round 103: an rc of the usual cycle counts where its clause or what follows names the end; "nothing that looks like
    // it would cause a delay" denies the delay.
    [InlineData("6.21-rc5", "rc6", 7, "rc6 and rc7 will follow as usual, and then the final.")]
    [InlineData("6.21-rc5", "rc6", 7, "I expect rc7 to be the last one.")]
    [InlineData("6.21-rc3", "rc4", 7, "We had a few regressions, but nothing that looks like it would cause a delay.")]
    [InlineData("6.21-rc7", "final", 7, "We had a few regressions, but nothing that looks like it would cause a delay.")]
    [InlineData("6.21-rc7", "rc8", 8, "Nothing changed, but the late drm pull will delay the release.")]
    // Round 104: "that's it for this release" in an rc mail.
    [InlineData("6.21-rc8", "final", 8, "So rc8 is out, and I'm fairly sure that's it for this release.")]
    // Round 105: a question told of ("people have asked if …") is answered by the next sentence like one asked.
    [InlineData("6.21-rc7", "final", 7, "People have asked if we'll have an rc8. The answer is no.")]
    [InlineData("6.21-rc7", "final", 7, "People have asked if we'll have an rc8. Probably not.")]
    [InlineData("6.21-rc7", "final", 7, "Some people wonder whether this will be the last rc. It will.")]
    [InlineData("6.21-rc7", "rc8", 8, "Some people wonder whether this will be the last rc. It won't.")]
    [InlineData("6.21-rc7", "final", 7, "Is this the last rc? It is.")]
    [InlineData("6.21-rc7", "rc8", 8, "Will there be an rc8? The answer is yes.")]
    // Round 106: "so the final it is".
    [InlineData("6.21-rc7", "final", 7, "I'll be on vacation the week after, so if I do an rc8, the merge window would be messed up; so the final it is.")]
    [InlineData("6.21-rc7", "final", 7, "So final release it is, next Sunday.")]
    // Round 107: a schedule or plan that looks normal.
    [InlineData("6.21-rc6", "rc7", 7, "rc6 is bigger than I'd like, but nothing I'm worried about; the schedule looks normal.")]
    [InlineData("6.21-rc7", "final", 7, "The schedule looks normal.")]
    [InlineData("6.21-rc6", "rc7", 7, "The plan remains the usual one.")]
    // Round 108: the rc a delay is done with belongs to the delay; "at which point" takes the time before it; "the weekend
    // / Sunday after" and "the week after next".
    [InlineData("6.22-rc7", "final", 7, "Things look calm, and I don't see any reason to drag this release out with an rc8.")]
    [InlineData("6.22-rc7", "rc8", 8, "I'll drag this release out with an rc8, since the networking fixes came in late.")]
    [InlineData("6.22-rc7", "final", 7, "Let's hope next week is calmer still, at which point I'll cut the final.")]
    [InlineData("6.22-rc7", "rc8", 8, "An rc8 next week, at which point I'll tag the final.")]
    [InlineData("6.22-rc7", "rc8", 8, "I'll be at a conference next week, so the final will have to wait for the weekend after.")]
    [InlineData("6.22-rc7", "rc8", 8, "So rc8 next weekend, and the final the Sunday after.")]
    // "The week after next" is two weeks from the mail's Sunday, as "the week after" (next week) is: one more rc (round
    // 108 read it as two more until round 122).
    [InlineData("6.22-rc7", "rc8", 8, "I expect the final release the week after next.")]
    [InlineData("6.22-rc7", "rc8", 8, "Final: the Sunday after next.")]
    // Round 122: list lines — "final: next Sunday" names the release as "6.13 final: next Sunday" does; "next up: 7.3 final".
    [InlineData("7.3-rc7", "final", 7, "Status:\n- final: next Sunday\n- merge window: the two weeks after")]
    [InlineData("7.3-rc7", "rc8", 8, "Schedule:\n - rc8: next Sunday\n - final: the Sunday after")]
    [InlineData("7.3-rc7", "final", 7, "Next up: 7.3 final.")]
    // Round 124: a doubt after the last rc or the release denies it; a hope against something else does not.
    [InlineData("7.3-rc7", "rc8", 8, "This might be the last rc, but I doubt it.")]
    [InlineData("7.3-rc8", "rc9", 9, "I'm hoping this is the last rc, but considering how the last week went, I wouldn't bet on it.")]
    [InlineData("7.3-rc7", "rc8", 8, "The final should be next weekend, but I wouldn't count on it.")]
    [InlineData("7.3-rc7", "final", 7, "There might be an rc8, but I wouldn't bet on it.")]
    [InlineData("7.3-rc7", "final", 7, "I expect the final next weekend, though I'm hoping not to have to do an rc8.")]
    [InlineData("7.3-rc7", "final", 7, "This is the last rc, and I doubt anything will change that.")]
    // Round 126: "I was going to (say)" is a plan told in the past, which a "but" dashes — in its sentence or opening the
    // next one.
    [InlineData("7.6-rc7", "rc8", 8, "I was going to say this is the last rc, but then the drm report came in.")]
    [InlineData("7.6-rc7", "rc8", 8, "I was going to release 7.6 next weekend, but the drm report changed that.")]
    [InlineData("7.6-rc7", "final", 7, "I was going to do an rc8, but things calmed down.")]
    [InlineData("7.6-rc7", "rc8", 8, "I was going to say this is the last rc. But then the drm report came in.")]
    [InlineData("7.6-rc7", "rc8", 8, "I was hoping this would be the last rc. But the networking regression is still open.")]
    // Round 127: a hope told in the past that comes true, said at the end of its sentence.
    [InlineData("7.6-rc7", "final", 7, "I was expecting this to be the last rc, and it is.")]
    [InlineData("7.6-rc7", "final", 7, "I was hoping this would be the last rc, and it looks like it will be.")]
    // Round 123: times in other words — "a fortnight", "the final at / by" a time.
    [InlineData("7.3-rc7", "rc8", 8, "The final will be in a fortnight.")]
    [InlineData("7.3-rc7", "final", 7, "I expect the final at the end of next week.")]
    [InlineData("7.3-rc7", "final", 7, "I'll tag the final by next weekend.")]
    // Round 108 (second part): a decision put off, a lean after "I haven't decided yet, but", a preference for an rc over
    // the final beside a plain plan.
    // Round 109: "don't be surprised if" expects, "I expect / the plan is for the usual rc schedule" is the usual end (and a
    // time that names no Sunday beside it no final next), a plan told in the past and dashed by a "but".
    [InlineData("6.23-rc1", "rc2", 8, "This is going to be a big release, so don't be surprised if it needs an extra rc.")]
    [InlineData("6.23-rc7", "rc8", 8, "Don't be surprised if there's an rc8.")]
    [InlineData("4.9-rc1", "rc2", 7, "That said, I don't think it's a problem, and I expect the normal rc schedule, which would put the final release in the middle of December.")]
    [InlineData("6.23-rc1", "rc2", 7, "The plan is for the usual rc schedule, which puts the final release in early October.")]
    [InlineData("6.23-rc1", "rc2", 8, "I don't expect the usual schedule this time, with the holidays.")]
    [InlineData("6.23-rc7", "final", 7, "I expected an rc8 last week, but things calmed down nicely.")]
    [InlineData("6.23-rc7", "final", 7, "I'd planned on an rc8 because of travel, but the trip got cancelled.")]
    // Round 110: the plain-text dash " - " parts clauses as "—" does, and so does "but" with a subject of its own.
    [InlineData("6.23-rc7", "rc8", 8, "No big issues - but I'll do an rc8 anyway because of travel.")]
    [InlineData("6.23-rc7", "final", 7, "There isn't much here - so final next week.")]
    [InlineData("6.23-rc7", "rc8", 8, "No regressions but I'll do an rc8 anyway because of travel.")]
    [InlineData("6.23-rc7", "final", 7, "I don't think we need an rc8 -- the final is next week.")]
    // Round 111: the 2.6 wording — "within a week", a doubt alone after a "but" ("but I'm not sure"), the last rc said of
    // an earlier rc.
    [InlineData("2.6.30-rc7", "final", 7, "The plan is to release 2.6.30 within a week.")]
    [InlineData("2.6.32-rc8", "", 0, "I'd like this to be the last -rc, but I'm not sure.")]
    [InlineData("2.6.32-rc8", "final", 8, "I'm not sure. I expect the final next week.")]
    [InlineData("2.6.32-rc8", "final", 8, "This rc8 will be the last rc.")]
    // Round 115: the shapes three real mails were misread in, in other words — "delayed" naming a thing, not putting the
    // release off; a "whether" about something else that reaches the word "release" late; a doubt about another release.
    [InlineData("6.25-rc1", "", 0, "The biggest change is the split of the work queue into regular and \"delayed\" work, so I'm hoping for an easy 6.25 release.")]
    [InlineData("6.25-rc1", "", 0, "It's not a big change, but it matters because whether a copy goes to user space or kernel space has been decided the same way since the original release of Linux.")]
    [InlineData("6.25-rc1", "", 0, "I'm not entirely sure whether this is just a general upward trend, or perhaps due to 6.24 dragging out an extra week.")]
    [InlineData("6.25-rc7", "rc8", 8, "The release is delayed because of the late drm pull, so expect an rc8.")]
    [InlineData("6.25-rc7", "rc8", 8, "I'm not sure whether 6.25 will need an rc8, but I think it will.")]
    [InlineData("6.25-rc7", "final", 7, "I'm not sure we'll need an rc8.")]
    [InlineData("6.25-rc7", "", 0, "I'm not sure if we'll need an rc8.")]
    [InlineData("6.25-rc7", "final", 7, "I'm not sure whether we'll need an rc8, but I doubt it.")]
    [InlineData("6.25-rc1", "", 0, "I've tagged and pushed out 6.25-rc1, and everything looks fairly normal.")]
    [InlineData("6.25-rc7", "", 0, "I've tagged and pushed out rc7.")]
    [InlineData("6.25-rc7", "rc8", 8, "The release got pushed out a week because of the drm regression.")]
    // Round 112: "the only thing that might make me do an rc8 is …" expects none, as "only if … will there be an rc8" does.
    [InlineData("6.24-rc7", "final", 7, "The only thing that might make me do an rc8 is if the drm regression doesn't get sorted out.")]
    [InlineData("6.24-rc7", "final", 7, "Given how quiet things are, I'll be surprised if this doesn't end up being the last rc.")]
    // Round 113: a final that "follows a week later" after the rc named before it is no delay.
    [InlineData("6.24-rc6", "rc7", 7, "If rc7 ends up calm, the final will follow a week later.")]
    [InlineData("6.24-rc6", "rc7", 7, "rc7 next week, and the final comes a week later.")]
    [InlineData("6.24-rc6", "rc7", 8, "The final will be a week later than planned.")]
    // Round 114: a quoted question stays a question that Linus' next sentence answers; a quoted statement with a tag is
    // the other's claim and is dropped with the rest of the quote.
    [InlineData("6.24-rc7", "final", 7, "Several people asked:\n\n> Will there be an rc8?\n\nNo. Things look calm enough.")]
    [InlineData("6.24-rc7", "final", 7, "Somebody asked\n> so is this\n> the last rc?\nYes.")]
    [InlineData("6.24-rc7", "final", 7, "Greg wrote:\n> I think 6.24 will\n> need an rc8, no?\n\nI disagree: the final comes next week.")]
    [InlineData("6.23-rc7", "", 0, "I'm not going to decide now about an rc8 - let's see how the next few days go.")]
    [InlineData("6.23-rc7", "", 0, "I won't decide on the rc8 until next weekend.")]
    [InlineData("6.23-rc7", "rc8", 8, "I haven't decided yet, but I'll probably do an rc8.")]
    [InlineData("6.23-rc7", "final", 7, "I'm still undecided, but I'm leaning towards doing the final next week.")]
    [InlineData("6.23-rc8", "rc9", 9, "A couple of fixes are still coming, and I'd rather have them in an rc than in the final release.")]
    [InlineData("6.23-rc8", "final", 8, "Some fixes came in that I'd rather have in an rc than in the final release. Anyway, the final 6.23 is coming next weekend.")]
    // Round 116: the usual schedule as what a dashed expectation was for (one more rc than it, at any rc), an expected
    // extra rc dashed before rc7, the release pushed out by a week.
    [InlineData("6.24-rc7", "rc8", 8, "I had expected the usual schedule, but the drm regression changed that.")]
    [InlineData("6.24-rc5", "rc6", 8, "I had expected the usual schedule, but the drm regression changed that.")]
    [InlineData("6.24-rc5", "rc6", 7, "I was expecting an rc8, but things calmed down.")]
    [InlineData("6.24-rc7", "rc8", 8, "I pushed out the release by a week, because of my travel.")]
    [InlineData("6.24-rc7", "", 0, "I pushed out the release candidate, go test it.")]
    // Round 117: technical prose around the schedule words — an rc delayed by hours is late, fixes pushed out to stable
    // are no release.
    [InlineData("6.24-rc7", "", 0, "I delayed the rc by a few hours because I wanted the drm fix in.")]
    [InlineData("6.24-rc7", "", 0, "Those fixes got pushed out to the stable trees already.")]
    [InlineData("6.24-rc7", "rc8", 8, "It got pushed out to next week, because of the drm regression.")]
    // Round 118: a later rc denied to be the last is one more rc after it (it was read as "no rc7").
    [InlineData("6.24-rc6", "rc7", 8, "rc7 will not be the last.")]
    [InlineData("6.24-rc6", "rc7", 8, "I don't think rc7 will be the last rc.")]
    [InlineData("6.24-rc7", "rc8", 9, "rc8 won't be the last one, because of the holidays.")]
    // Round 118: a cycle longer than usual.
    [InlineData("6.24-rc5", "rc6", 8, "It looks like this will be a longer release cycle than usual.")]
    [InlineData("6.24-rc5", "rc6", 8, "The release cycle will probably be a bit longer than usual, with the holidays.")]
    [InlineData("6.24-rc5", "", 0, "6.23 had a longer cycle than usual.")]
    // Round 119: a small chance and "it's unlikely that" deny; needing more time is a bad turn.
    [InlineData("6.24-rc7", "final", 7, "There's a small chance of an rc8.")]
    [InlineData("6.24-rc7", "rc8", 8, "There's a good chance of an rc8.")]
    [InlineData("6.24-rc7", "rc8", 8, "It's unlikely that this is the last rc.")]
    [InlineData("6.24-rc7", "final", 7, "It's unlikely that we'll need an rc8.")]
    [InlineData("6.24-rc8", "final", 8, "If it turns out we need more time, I'll do an rc9.")]
    [InlineData("6.24-rc7", "final", 7, "If the fix takes longer than expected, there will be an rc8.")]
    // Round 120: "then" after the release points back to the time before it; two denials ("no reason why … shouldn't")
    // say the claim; the release denied right after it ("won't happen next weekend").
    [InlineData("7.1-rc7", "final", 7, "If things look calm by next weekend, I'll tag 7.1 then.")]
    [InlineData("7.2-rc6", "rc7", 7, "There's no reason why 7.2 shouldn't be released in two weeks.")]
    [InlineData("7.2-rc6", "rc7", 7, "At this point I don't see any reason why we wouldn't be on the normal schedule.")]
    [InlineData("7.2-rc7", "final", 7, "There's no reason why this shouldn't be the last rc.")]
    [InlineData("7.2-rc7", "final", 7, "I see no reason the final release won't happen next weekend.")]
    [InlineData("7.2-rc7", "rc8", 8, "The final release won't happen next weekend.")]
    [InlineData("7.2-rc7", "final", 7, "There's no reason for an rc8.")]
    // Round 96: a doubt about something else leaves the plan standing.
    [InlineData("6.12-rc6", "rc7", 7, "I'm still hoping for the normal schedule, with rc7 next weekend and the final release the week after. Who knows why the ARM build breakage took so long to sort out, but it's fixed now.")]
    // Round 95: early rcs that do say how the cycle ends.
    [InlineData("6.9-rc5", "rc6", 7, "If this continues, we'll have a normal seven-rc release.")]
    [InlineData("6.9-rc5", "rc6", 7, "Two more rcs and we're done, assuming things stay calm.")]
    [InlineData("6.9-rc5", "rc6", 8, "This is going to be one of those releases with an rc8, I can already tell.")]
    // Round 128: a small chance of a denial expects what it denies; the week after next in other words.
    [InlineData("7.6-rc7", "final", 7, "There's a small chance that this isn't the last rc.")]
    [InlineData("7.6-rc7", "rc8", 8, "There's a slight chance we won't need an rc8.")]
    [InlineData("7.6-rc7", "rc8", 8, "The final release is two Sundays away.")]
    [InlineData("7.6-rc7", "rc8", 8, "I expect the final release next-next weekend.")]
    // Round 129: "we're done" at the end of its sentence; "nothing … would justify"; a past clause before "and the final";
    // a bare "and" after a step still to come.
    [InlineData("7.7-rc7", "final", 7, "The one remaining issue got fixed a few hours ago. So barring new issues, we're done.")]
    [InlineData("7.7-rc7", "final", 7, "There's nothing pending that would justify an rc8.")]
    [InlineData("7.7-rc7", "final", 7, "rc7 was calm and the final release comes next week.")]
    [InlineData("7.7-rc7", "final", 7, "Things were calm and 7.7 comes next week.")]
    [InlineData("7.7-rc7", "final", 7, "This is rc7 and the final release comes next week.")]
    [InlineData("7.7-rc7", "rc8", 8, "One more rc and we're done.")]
    [InlineData("7.7-rc7", "rc8", 8, "One more rc and the final release.")]
    [InlineData("7.7-rc6", "rc7", 7, "One more rc and we're done.")]
    // Round 130: "can't see any reason" denies; "but I don't expect one" after a possible rc denies it; no way around an
    // rc plans it.
    [InlineData("7.8-rc7", "final", 7, "I can't see any reason to do an rc8.")]
    [InlineData("7.8-rc7", "final", 7, "I can't imagine needing an rc8.")]
    [InlineData("7.8-rc7", "final", 7, "An rc8 isn't out of the question, but I don't expect one.")]
    [InlineData("7.8-rc7", "final", 7, "An rc8 might happen, but I don't think we'll need one.")]
    [InlineData("7.8-rc7", "rc8", 8, "I can't see how we avoid an rc8.")]
    [InlineData("7.8-rc7", "rc8", 8, "I don't see a way to avoid an rc8 at this point.")]
    [InlineData("7.8-rc7", "rc8", 8, "I don't see how we can get away without an rc8.")]
    [InlineData("7.8-rc7", "rc8", 8, "I can't rule out an rc8.")]
    // Round 131: not being sure how (much) denies nothing; the usual last rc named before a "but" and planned after it.
    [InlineData("4.4-rc6", "rc7", 7, "With the holidays coming up, I'm not sure how much testing rc7 will get, but the plan is still that rc7 will be the last rc.")]
    [InlineData("4.4-rc7", "rc8", 8, "I'm not sure how we'd avoid an rc8.")]
    [InlineData("4.10-rc8", "final", 8, "I wasn't planning on doing an -rc8, but the late networking fixes made it the right thing. Anyway, things look good now, and I expect to release the final 4.10 next Sunday.")]
    [InlineData("2.6.39-rc7", "rc8", 8, "I had hoped this would be the last -rc, but the VM fixes need another week of testing, so there will be an -rc8.")]
    // Round 133: "the last one" said of this rc.
    [InlineData("7.9-rc7", "final", 7, "This is rc7, and it should be the last one.")]
    [InlineData("7.9-rc7", "final", 7, "Let's make this the last one.")]
    // Rounds 134–136 (all read as written): leanings, terse plans and an rc9 that is done.
    [InlineData("7.10-rc7", "final", 7, "I'm leaning towards the final next week rather than an rc8.")]
    [InlineData("7.10-rc7", "rc8", 8, "I'm leaning towards an rc8 rather than the final next week.")]
    [InlineData("7.10-rc7", "final", 7, "rc8? Nah.")]
    [InlineData("7.10-rc7", "rc8", 8, "I'll do an rc8 unless things calm down a lot, which I don't expect.")]
    [InlineData("7.10-rc9", "final", 9, "So this is rc9, which is very unusual. But we had good reason for it, and now it's done: the final 7.10 will come next weekend.")]
    // Round 137: early rcs. What "if we ended up with" supposes is no past; a hedge after "and" is the next claim's.
    [InlineData("7.11-rc3", "rc4", 8, "Considering how big this release is, I wouldn't be surprised if we ended up with an rc8.")]
    [InlineData("7.11-rc1", "rc2", 8, "Given the holidays at the end of this cycle, I'd expect us to have an rc8 and maybe even an rc9, but we'll see.")]
    [InlineData("7.11-rc7", "rc8", 8, "I expect an rc8, or possibly even an rc9.")]
    [InlineData("7.11-rc1", "rc2", 8, "I'm going to be traveling at the end of the release cycle, so expect an rc8 this time.")]
    // Round 138: typing. The dash of "-rc8" after an opening "No"; "an 8th rc"; contractions without apostrophes.
    [InlineData("7.12-rc7", "final", 7, "No -rc8 this time.")]
    [InlineData("7.12-rc7", "rc8", 8, "I'll do an 8th rc.")]
    [InlineData("7.12-rc7", "final", 7, "I dont think we need an rc8.")]
    [InlineData("7.12-rc7", "final", 7, "I dont expect an rc8.")]
    [InlineData("7.12-rc7", "final", 7, "I wont do an rc8.")]
    [InlineData("7.12-rc7", "rc8", 8, "No - we'll have an rc8.")]
    // Round 139: "release-candidate 8"; "the real thing" is the release.
    [InlineData("7.12-rc7", "rc8", 8, "So there will be a release-candidate 8.")]
    [InlineData("7.12-rc7", "final", 7, "We'll have the real thing next weekend.")]
    // Round 140: before the usual last rc, denying the extra rc is the usual end.
    [InlineData("7.13-rc6", "rc7", 7, "I don't think we're going to need an rc8, but it's a bit early to say for sure.")]
    [InlineData("7.13-rc5", "rc6", 7, "I don't expect an rc8.")]
    [InlineData("7.13-rc1", "rc2", 7, "I don't expect an rc8 this time.")]
    [InlineData("7.13-rc6", "rc7", 7, "I'm not expecting any surprises, and rc7 should be the final rc.")]
    // Round 141: "get this thing out" is the release; "push it out" with a time publishes it then.
    [InlineData("7.14-rc8", "final", 8, "Let's get this thing out next weekend.")]
    [InlineData("7.14-rc7", "rc8", 8, "I might push it out a week.")]
    // Round 144: short answers in other words; what was said before, confirmed or taken back; a thought a "but" dashes.
    [InlineData("7.16-rc7", "final", 7, "Will there be an rc8? Not if I can help it.")]
    [InlineData("7.16-rc7", "final", 7, "Final next week? That's the plan.")]
    [InlineData("7.16-rc7", "final", 7, "Why would we need an rc8? We don't.")]
    [InlineData("7.16-rc7", "rc8", 8, "Will there be an rc8? No doubt.")]
    [InlineData("7.16-rc7", "final", 7, "Last week I thought we'd need an rc8. Now I don't.")]
    [InlineData("7.16-rc7", "rc8", 8, "Last week I said I'd probably do an rc8, and that's still the plan.")]
    [InlineData("7.16-rc7", "rc8", 8, "Last week I said I'd probably do an rc8. That's still the plan.")]
    [InlineData("7.16-rc7", "final", 7, "Last week I said I'd probably do an rc8, but that's no longer the case.")]
    [InlineData("7.16-rc7", "final", 7, "I thought we would need an rc8, but things calmed down.")]
    [InlineData("7.16-rc7", "rc8", 8, "I thought this would be the last rc, but the drm fixes came in.")]
    // Round 146: "the final happening / coming" names the release.
    [InlineData("7.18-rc7", "rc8", 8, "I don't see the final happening next week.")]
    [InlineData("7.18-rc7", "final", 7, "I see the final happening next week.")]
    [InlineData("7.18-rc7", "final", 7, "I expect the final landing next Sunday.")]
    // Round 148: denials from further away or in other words; "not impossible" only calls it possible.
    [InlineData("7.19-rc7", "final", 7, "Nobody has asked for an rc8, and I don't see a reason for one.")]
    [InlineData("7.19-rc7", "final", 7, "I wouldn't say we need an rc8.")]
    [InlineData("7.19-rc7", "rc8", 8, "It's not impossible that we'll need an rc8.")]
    [InlineData("7.19-rc7", "final", 7, "None of the remaining issues look like they need an rc8.")]
    [InlineData("7.19-rc7", "final", 7, "There's nothing that screams rc8.")]
    [InlineData("7.19-rc7", "final", 7, "Hardly a reason for an rc8.")]
    // Round 149: more denials in other words.
    [InlineData("7.20-rc7", "final", 7, "There's little reason to do an rc8.")]
    [InlineData("7.20-rc7", "final", 7, "I'd hate to have to do an rc8 for this, and I don't think we will.")]
    [InlineData("7.20-rc7", "final", 7, "I see zero reason for an rc8.")]
    [InlineData("7.20-rc7", "final", 7, "Zero reasons to delay.")]
    [InlineData("7.20-rc7", "final", 7, "I'm against doing an rc8.")]
    [InlineData("7.20-rc7", "rc8", 8, "We have a little more time, so an rc8 is fine.")]
    // Round 150: an rc in other words; "one more round" is an rc, not "another round of testing".
    [InlineData("7.21-rc7", "rc8", 8, "We'll go one more round.")]
    [InlineData("7.21-rc7", "rc8", 8, "An rc8 seems inevitable at this point.")]
    [InlineData("7.21-rc7", "final", 7, "This doesn't smell like an rc8 release.")]
    // Round 151: the final in other words; weeks "to go" or "left".
    [InlineData("7.22-rc7", "final", 7, "I think we're ready to call it.")]
    [InlineData("7.22-rc7", "final", 7, "Time to wrap this release up next weekend.")]
    [InlineData("7.22-rc7", "final", 7, "We're at the finish line.")]
    [InlineData("7.22-rc7", "final", 7, "This rc marks the end of the 7.22 rc's.")]
    [InlineData("7.22-rc7", "final", 7, "The finish line is next weekend.")]
    [InlineData("7.22-rc7", "final", 7, "One week to go.")]
    [InlineData("7.22-rc6", "rc7", 7, "Two weeks to go.")]
    // Round 152: putting the release off in other words.
    [InlineData("7.23-rc7", "rc8", 8, "7.23 will have to wait a bit longer.")]
    [InlineData("7.23-rc7", "rc8", 8, "I'm holding off on the final release for a week.")]
    [InlineData("7.23-rc7", "rc8", 8, "I'll hold the release for another week.")]
    [InlineData("7.23-rc7", "rc8", 8, "Another week of rc's it is.")]
    [InlineData("7.23-rc7", "rc8", 8, "The final gets bumped a week.")]
    [InlineData("7.23-rc7", "rc8", 8, "The release slides a week.")]
    [InlineData("7.23-rc7", "rc8", 8, "We need more time.")]
    [InlineData("7.23-rc7", "final", 7, "We don't need more time.")]
    // Round 153: travel and the plan (all read as written).
    [InlineData("7.24-rc7", "rc8", 8, "I'd rather not open the merge window while traveling, so we'll have an rc8.")]
    [InlineData("7.24-rc7", "final", 7, "I'm not going to let travel delay the release.")]
    // Round 155: the final version of this release.
    [InlineData("7.26-rc7", "final", 7, "The final version of 7.26 comes next week.")]
    // Round 158: a fear dashed or come true; "No, scratch that" revises.
    [InlineData("7.28-rc7", "final", 7, "I was worried about an rc8 earlier in the week, but things calmed down.")]
    [InlineData("7.28-rc7", "final", 7, "I was afraid we'd need an rc8, but it looks like we won't.")]
    [InlineData("7.28-rc7", "rc8", 8, "I was afraid we'd need an rc8, and it looks like we will.")]
    [InlineData("7.28-rc7", "rc8", 8, "I plan to do the final next week. Hmm. No, scratch that, let's do an rc8.")]
    // Round 159: "it's not that … it's that" keeps what it puts aside; done all the same after a denial; a possibility
    // called needless is denied, a plan called needless still comes; "I don't see a reason not to".
    [InlineData("7.29-rc7", "rc8", 8, "It's not that we need an rc8 - it's that I want one.")]
    [InlineData("7.29-rc7", "rc8", 8, "It's not that we strictly need an rc8, it's more that I'd like one.")]
    [InlineData("7.29-rc7", "rc8", 8, "I'm not entirely sure an rc8 is needed, but I'll do one anyway just to be safe.")]
    [InlineData("7.29-rc7", "final", 7, "I don't think an rc8 is needed, so I won't do one.")]
    [InlineData("7.29-rc7", "final", 7, "I could do an rc8, but I don't think it's warranted.")]
    [InlineData("7.29-rc7", "final", 7, "Some people asked for an rc8, but I don't think it's warranted.")]
    [InlineData("7.29-rc7", "final", 7, "There's been talk of an rc8, but there's no real need for one.")]
    [InlineData("7.29-rc7", "rc8", 8, "I could do the final next week, but I don't think it's a good idea.")]
    [InlineData("7.29-rc7", "rc8", 8, "I'll do an rc8, though it's not strictly needed.")]
    [InlineData("7.29-rc7", "rc8", 8, "I'll do an rc8, but there's no need to panic.")]
    [InlineData("7.29-rc7", "final", 7, "Things look good enough that I don't see a reason not to do the final next week.")]
    // Round 161: a time that opens the sentence before a comma is the release's after it; "plan on releasing".
    [InlineData("7.30-rc7", "final", 7, "This time next week, 7.30 should be out.")]
    [InlineData("7.30-rc7", "final", 7, "A week from now, 7.30 should be out.")]
    [InlineData("7.30-rc7", "final", 7, "Seven days from now, 7.30 should be out.")]
    [InlineData("7.30-rc7", "rc8", 8, "Two weeks from now, the final should be out.")]
    [InlineData("7.30-rc7", "final", 7, "I plan on releasing next weekend, give or take a day.")]
    [InlineData("7.30-rc7", "rc8", 8, "I plan on releasing the networking fixes next week as part of rc8.")]
    // Round 163: rc6 and rc5 sentences; "I'm not expecting anything but", "(just) seven rcs".
    [InlineData("7.31-rc6", "rc7", 7, "I'm not expecting anything but the usual rc7 before the final.")]
    [InlineData("7.31-rc6", "rc7", 8, "I don't think we're going to make it with just seven rcs this time.")]
    [InlineData("7.31-rc6", "rc7", 7, "I think we'll make it with just seven rcs.")]
    [InlineData("7.31-rc6", "rc7", 7, "Nothing here makes me think this won't be a normal seven-rc release.")]
    [InlineData("7.31-rc6", "rc7", 8, "This release is clearly going to need more time than usual.")]
    [InlineData("7.31-rc6", "rc7", 7, "I see no signs that we'd need more than the usual number of rcs.")]
    [InlineData("7.31-rc6", "rc7", 8, "We're going to need more than the usual number of rcs.")]
    [InlineData("7.31-rc6", "rc7", 8, "This is going to be one of those releases with more rcs than usual.")]
    [InlineData("7.31-rc6", "rc7", 7, "So far this looks like one of those nice seven-rc releases.")]
    [InlineData("7.31-rc7", "final", 7, "Nothing this week makes me think this isn't the last rc.")]
    // Round 165: "a final" with its time.
    [InlineData("7.32-rc1", "rc2", 7, "I'm hoping for a calm release cycle and a final in seven weeks.")]
    [InlineData("7.32-rc7", "final", 7, "We'll have a final 7.32 next Sunday.")]
    // Round 167: "the 7.33 release is next", "this is it", "call it done" with its time.
    [InlineData("7.33-rc7", "final", 7, "The 7.33 release is next.")]
    [InlineData("7.33-rc7", "final", 7, "Touch wood, but it looks like this is it.")]
    [InlineData("7.33-rc7", "final", 7, "I'll call it done next weekend.")]
    // Round 170: opening the next merge window, said with its time.
    [InlineData("7.33-rc7", "final", 7, "I'll open the merge window for 7.34 next Sunday.")]
    [InlineData("7.33-rc7", "rc8", 8, "I'll open the 7.34 merge window in two weeks.")]
    [InlineData("7.33-rc7", "rc8", 8, "I won't open the merge window next weekend.")]
    // Round 174: what blocks the release, or that nothing does.
    [InlineData("7.34-rc7", "final", 7, "I don't see anything blocking the final next weekend.")]
    [InlineData("7.34-rc7", "rc8", 8, "The release is blocked on the mm fix, which won't be ready this week.")]
    [InlineData("7.34-rc7", "final", 7, "The release isn't blocked on anything.")]
    // "over the weekend" is the release's time, as "next weekend" is.
    [InlineData("7.34-rc7", "final", 7, "I expect to release 7.34 over the weekend.")]
    // Round 175: the last week, the last stop, the only thing left.
    [InlineData("7.35-rc7", "final", 7, "This should be the final week of rc's.")]
    [InlineData("7.35-rc7", "final", 7, "We're in the final week of the release cycle.")]
    [InlineData("7.35-rc7", "rc8", 8, "This won't be the final week of rc's, I'm afraid.")]
    [InlineData("7.35-rc8", "final", 8, "rc8 is the last stop before the release.")]
    [InlineData("7.35-rc7", "final", 7, "Next stop: 7.35.")]
    [InlineData("7.35-rc7", "final", 7, "The only thing left is the release itself.")]
    [InlineData("7.35-rc7", "final", 7, "Only the release left now.")]
    [InlineData("7.35-rc7", "final", 7, "So this is the rc that should become 7.35.")]
    // Round 176: where the rc series ends; a couple of weeks away.
    [InlineData("7.36-rc7", "final", 7, "The rc series ends here.")]
    [InlineData("7.36-rc7", "final", 7, "This is where the rc series stops.")]
    [InlineData("7.36-rc7", "rc8", 8, "The rc series doesn't end here.")]
    [InlineData("7.36-rc7", "rc8", 8, "We're still a couple of weeks away from the release.")]
    // Round 177: another lap, overtime, a bonus rc.
    [InlineData("7.37-rc7", "rc8", 8, "We'll do another lap.")]
    [InlineData("7.37-rc7", "rc8", 8, "This release is going into overtime.")]
    [InlineData("7.37-rc7", "final", 7, "No overtime this time.")]
    [InlineData("7.37-rc7", "rc8", 8, "Consider this a bonus rc week coming up.")]
    [InlineData("7.37-rc7", "final", 7, "No bonus rc this time.")]
    [InlineData("7.37-rc7", "final", 7, "No extra rc this time.")]
    // Round 178: skipping an rc, and no way to.
    [InlineData("7.38-rc7", "final", 7, "We can skip rc8 this time.")]
    [InlineData("7.38-rc7", "rc8", 8, "We can't skip rc8 this time.")]
    [InlineData("7.38-rc7", "rc8", 8, "We can't avoid an rc8.")]
    [InlineData("7.38-rc7", "final", 7, "We can avoid an rc8.")]
    // Round 179: a longer cycle, past rc7 or done after it, on schedule, a week behind.
    [InlineData("7.39-rc5", "rc6", 8, "This is shaping up to be a longer cycle.")]
    [InlineData("7.39-rc5", "rc6", 7, "This doesn't look like it will be a longer cycle.")]
    [InlineData("7.39-rc5", "rc6", 8, "I suspect this will be one of the longer releases.")]
    [InlineData("7.39-rc5", "rc6", 7, "This one probably won't go past rc7.")]
    [InlineData("7.39-rc5", "rc6", 8, "We won't be done after rc7.")]
    [InlineData("7.39-rc5", "rc6", 7, "We're on schedule.")]
    [InlineData("7.39-rc5", "rc6", 8, "We're running a week behind.")]
    [InlineData("7.39-rc7", "rc8", 8, "We'll go past rc7 this time.")]
    [InlineData("7.39-rc7", "rc8", 8, "We should be done after rc8.")]
    // Round 180: the next tag or announcement.
    [InlineData("7.40-rc7", "final", 7, "The next tag will be v7.40.")]
    [InlineData("7.40-rc7", "rc8", 8, "The next tag will be v7.40-rc8.")]
    [InlineData("7.40-rc7", "final", 7, "The next announcement will be for 7.40 final.")]
    [InlineData("7.40-rc7", "rc8", 8, "The next announcement will be for 7.40-rc8.")]
    // Round 181: short answers in other words, and after their condition.
    [InlineData("7.41-rc7", "final", 7, "Will there be an rc8? Doubtful.")]
    [InlineData("7.41-rc7", "final", 7, "Final next week? Fingers crossed.")]
    [InlineData("7.41-rc7", "final", 7, "Final next week? Unless something breaks, yes.")]
    [InlineData("7.41-rc7", "final", 7, "Will there be an rc8? Barring surprises, no.")]
    // Round 182: judged a mistake to do; "we're releasing".
    [InlineData("7.42-rc7", "rc8", 8, "It would be irresponsible to release 7.42 next weekend.")]
    [InlineData("7.42-rc7", "final", 7, "It would be a mistake to do an rc8.")]
    [InlineData("7.42-rc7", "rc8", 8, "There's no way we're releasing next weekend.")]
    [InlineData("7.42-rc7", "final", 7, "We're releasing next weekend, unless something comes up.")]
    // Round 183: where the rc series ends, at rc6.
    [InlineData("7.43-rc6", "rc7", 7, "The rc series should end with rc7.")]
    [InlineData("7.43-rc6", "rc7", 8, "The rc series won't end with rc7.")]
    [InlineData("7.43-rc7", "rc8", 8, "We'll stop at rc8.")]
    // Round 186: putting the release off in other words.
    [InlineData("7.44-rc7", "rc8", 8, "I'm going to put off the release by a week.")]
    [InlineData("7.44-rc7", "rc8", 8, "The release gets pushed back a week.")]
    [InlineData("7.44-rc7", "rc8", 8, "We'll push the final back by a week.")]
    [InlineData("7.44-rc7", "final", 7, "I see no reason to push the release back.")]
    [InlineData("7.44-rc7", "final", 7, "The release won't be any later than planned.")]
    [InlineData("7.44-rc7", "rc8", 8, "I'm moving the release out by a week.")]
    [InlineData("7.44-rc7", "rc8", 8, "I'll hold off on 7.44 for one more week.")]
    [InlineData("7.44-rc7", "final", 7, "7.44 won't have to wait.")]
    // Round 187: a time that is a clause of its own after the release's.
    [InlineData("7.45-rc7", "final", 7, "I'd like to get 7.45 out before the holidays, next weekend.")]
    [InlineData("7.45-rc7", "final", 7, "Expect the final right before Christmas, next Sunday.")]
    [InlineData("7.45-rc7", "rc8", 8, "The release is planned for after the holidays, in two weeks.")]
    // Round 188: the schedule kept or made, the release late.
    [InlineData("7.46-rc7", "final", 7, "I expect to keep to the schedule and release next weekend.")]
    [InlineData("7.46-rc7", "rc8", 8, "We won't make the usual schedule this time.")]
    [InlineData("7.46-rc7", "final", 7, "We'll make the usual schedule.")]
    [InlineData("7.46-rc7", "rc8", 8, "The release will be late by a week.")]
    [InlineData("7.46-rc7", "final", 7, "The release won't be late.")]
    [InlineData("7.34-rc7", "rc8", 8, "Two regressions are blocking the release, so rc8 it is.")]
    // Round 189: release time and release day.
    [InlineData("7.47-rc7", "final", 7, "Next weekend is release time.")]
    [InlineData("7.47-rc7", "final", 7, "Release time is next Sunday, unless something comes up.")]
    [InlineData("7.47-rc7", "final", 7, "I think it's release time next week.")]
    [InlineData("7.47-rc7", "final", 7, "It will be release time in a week.")]
    [InlineData("7.47-rc7", "rc8", 8, "It won't be release time next week; expect an rc8.")]
    [InlineData("7.47-rc7", "rc8", 8, "Release day will have to wait a week.")]
    [InlineData("7.47-rc7", "rc8", 8, "I don't think next week is release time.")]
    [InlineData("7.47-rc7", "", 0, "It's almost release time.")]
    // Round 190: what usually happens, and whether this cycle is any different.
    [InlineData("7.48-rc7", "final", 7, "Normally rc7 is the last rc, and I don't see any reason why this release should be any different.")]
    [InlineData("7.48-rc7", "final", 7, "Usually rc7 is the last rc, and this time it is.")]
    [InlineData("7.48-rc7", "final", 7, "Usually rc7 is the last rc, and this release looks no different.")]
    [InlineData("7.48-rc7", "final", 7, "Normally rc7 is the last rc, and this one won't be an exception.")]
    [InlineData("7.48-rc7", "final", 7, "Normally rc7 is the last rc, and I see no reason to change that this time.")]
    [InlineData("7.48-rc7", "final", 7, "Normally I'd release the final next weekend, and I see no reason why this time should be any different.")]
    [InlineData("7.48-rc7", "rc8", 8, "Normally rc7 is the last rc, but this release is going to be an exception.")]
    [InlineData("7.48-rc7", "rc8", 8, "Usually rc7 is the last rc, but this one is different.")]
    [InlineData("7.48-rc7", "", 0, "Usually the last rc before the holidays is the worst, and this one is no exception.")]
    [InlineData("7.48-rc7", "", 0, "Normally rc7 is the last rc.")]
    // Round 191: in the words of 2.6- and 3.x-era rc7 mails.
    [InlineData("3.10-rc7", "final", 7, "So I think we're on track for 3.10 final, unless something nasty shows up.")]
    [InlineData("3.10-rc7", "final", 7, "We're on track for the 3.10 release.")]
    [InlineData("3.10-rc7", "final", 7, "Everything looks on track for 3.10.")]
    [InlineData("3.10-rc7", "final", 7, "Things look on track for the release.")]
    [InlineData("3.10-rc7", "rc8", 8, "I don't think we're on track for 3.10 next week.")]
    [InlineData("3.10-rc7", "", 0, "The fix is ready for the 3.10 release.")]
    [InlineData("3.10-rc7", "", 0, "We're on track for the 3.10 merge window.")]
    [InlineData("3.10-rc5", "", 0, "We're on track for the 3.10 release.")]
    [InlineData("3.10-rc7", "", 0, "Please test, and let's make sure we don't have any regressions in the final release.")]
    [InlineData("3.10-rc7", "", 0, "I don't want this in the final release.")]
    [InlineData("2.6.30-rc7", "rc8", 8, "I'm going to be gone next week, so there won't be an -rc8 until the week after.")]
    [InlineData("2.6.30-rc7", "rc8", 8, "There won't be an rc8 until I'm back from the conference.")]
    [InlineData("2.6.30-rc7", "rc8", 8, "No rc8 until after the holidays.")]
    [InlineData("2.6.30-rc7", "final", 7, "There won't be an rc8.")]
    // Round 192: an rc only if needed is a fallback.
    [InlineData("4.15-rc8", "final", 8, "This is the last rc, but I'll do an rc9 if needed.")]
    [InlineData("4.15-rc8", "final", 8, "This is the last rc, but I'll do an rc9 if necessary.")]
    [InlineData("4.15-rc8", "final", 8, "This is the last rc, but I'll do an rc9 if there's a need.")]
    [InlineData("4.15-rc8", "final", 8, "I'm pretty sure this is the last rc, but I'll do an rc9 if there's any reason to.")]
    [InlineData("4.15-rc8", "final", 8, "This is the last rc, but I'll do an rc9 if I have to.")]
    [InlineData("4.15-rc8", "final", 8, "This is the last rc, but I'll do an rc9 should the need arise.")]
    [InlineData("4.15-rc8", "final", 8, "This is the last rc, but I'll do an rc9 if it turns out to be necessary.")]
    [InlineData("4.15-rc7", "final", 7, "This is likely the last rc, but I'll do an rc8 if needed.")]
    [InlineData("4.15-rc7", "final", 7, "The final is next weekend, with an rc8 only if needed.")]
    [InlineData("4.15-rc7", "final", 7, "I expect to release next weekend, but will do an rc8 if necessary.")]
    [InlineData("4.15-rc7", "final", 7, "If there's no reason to wait, I'll release next week.")]
    [InlineData("4.15-rc7", "rc8", 8, "I wouldn't be surprised if we need an rc8.")]
    // Round 193: leaning, no harm in waiting, no need for another week.
    [InlineData("5.1-rc7", "final", 7, "I'm leaning towards releasing next weekend.")]
    [InlineData("5.1-rc7", "rc8", 8, "I'm not leaning towards releasing next weekend.")]
    [InlineData("5.1-rc7", "rc8", 8, "It doesn't hurt to wait a week.")]
    [InlineData("5.1-rc7", "rc8", 8, "It never hurts to wait a week.")]
    [InlineData("5.1-rc7", "rc8", 8, "It wouldn't hurt to do an rc8.")]
    [InlineData("5.1-rc7", "final", 7, "There's no need for another week.")]
    [InlineData("5.1-rc7", "final", 7, "I see no need for another week.")]
    [InlineData("5.1-rc7", "rc8", 8, "We need another week.")]
    [InlineData("5.1-rc7", "", 0, "It doesn't hurt to test this rc.")]
    // Round 195: early rcs that plan nothing, releasing with a time.
    [InlineData("6.12-rc4", "", 0, "This is the last rc where I'll take big changes.")]
    [InlineData("6.12-rc4", "", 0, "This is the last rc for new features.")]
    [InlineData("6.12-rc7", "final", 7, "This is the last rc that I expect to do.")]
    [InlineData("6.12-rc1", "rc2", 8, "This was a fairly big merge window, so I wouldn't be surprised if this ends up being one of those rc8 releases.")]
    [InlineData("6.12-rc7", "rc8", 8, "I don't feel good about releasing next weekend.")]
    [InlineData("6.12-rc7", "final", 7, "I feel good about releasing next weekend.")]
    [InlineData("6.12-rc7", "rc8", 8, "Instead of releasing next week, I'll do an rc8.")]
    [InlineData("6.12-rc7", "rc8", 8, "I'm not comfortable releasing next weekend with this regression open.")]
    [InlineData("6.12-rc7", "final", 7, "Releasing next week seems like the right thing to do.")]
    [InlineData("6.12-rc7", "", 0, "Since the release of rc6, things have been quiet.")]
    [InlineData("6.12-rc7", "", 0, "There's a regression in the 6.11 release that we're still fixing.")]
    [InlineData("6.12-rc7", "", 0, "We're in good shape for the release.")]
    // Round 196: ruling out, likelihood after a "but", what holds the release back.
    [InlineData("6.12-rc7", "final", 7, "Can't rule out an rc8, but it doesn't look likely.")]
    [InlineData("6.12-rc7", "final", 7, "There might be an rc8, but it doesn't look like it.")]
    [InlineData("6.12-rc7", "final", 7, "There might be an rc8, but that seems unlikely.")]
    [InlineData("6.12-rc7", "rc8", 8, "This might be the last rc, but that seems unlikely.")]
    [InlineData("6.12-rc7", "rc8", 8, "I'll do an rc8, but it doesn't look like it will have much in it.")]
    [InlineData("6.12-rc7", "rc8", 8, "I'll do an rc8, but it doesn't look likely to be big.")]
    [InlineData("6.12-rc7", "final", 7, "Nothing's holding us back from the final.")]
    [InlineData("6.12-rc7", "final", 7, "Nothing stands in the way of the release.")]
    [InlineData("6.12-rc7", "rc8", 8, "Two regressions are keeping us from the final release.")]
    [InlineData("6.12-rc7", "rc8", 8, "The open btrfs issue stands in the way of the release.")]
    // Round 197: rc6 mails.
    [InlineData("6.12-rc6", "rc7", 7, "The plan is rc7 next week and then 6.12 the week after.")]
    [InlineData("6.12-rc6", "rc7", 7, "rc7 next week, followed by 6.12.")]
    [InlineData("6.12-rc6", "", 0, "rc7 next week and then 6.11 stable updates.")]
    [InlineData("6.12-rc6", "rc7", 7, "I'm expecting one more rc after this, and then the final.")]
    [InlineData("6.12-rc6", "rc7", 8, "I suspect we'll end up with an rc8, given how things are going.")]
    [InlineData("6.12-rc6", "rc7", 7, "We're on schedule for a release in two weeks.")]
    // Round 198: the next merge window and its pull requests.
    [InlineData("6.12-rc7", "final", 7, "Please have your pull requests for 6.13 ready by next weekend.")]
    [InlineData("6.12-rc7", "final", 7, "Start sending me 6.13 pull requests in a week.")]
    [InlineData("6.12-rc6", "rc7", 7, "Start sending me 6.13 pull requests in two weeks.")]
    [InlineData("6.12-rc7", "final", 7, "I expect to start the merge window next week.")]
    [InlineData("6.12-rc7", "final", 7, "I'll open the next merge window next Sunday.")]
    [InlineData("6.12-rc7", "rc8", 8, "Don't send me 6.13 pull requests until the merge window opens in two weeks.")]
    [InlineData("6.12-rc7", "", 0, "Please send me your 6.12 pull requests by next weekend.")]
    [InlineData("6.12-rc7", "", 0, "Send me your pull requests for 6.12 next week.")]
    // Round 199: what would have been, and plans told in the past.
    [InlineData("6.12-rc7", "rc8", 8, "If things had been calmer, I would have released next week.")]
    [InlineData("6.12-rc7", "rc8", 8, "Had it not been for the regression, I'd release next week.")]
    [InlineData("6.12-rc7", "rc8", 8, "I would release next week, but the btrfs regression is still open.")]
    [InlineData("6.12-rc7", "rc8", 8, "I could release next week, but I'd rather not.")]
    [InlineData("6.12-rc7", "final", 7, "I'd release next week if the fix lands.")]
    [InlineData("6.12-rc7", "final", 7, "I could do an rc8, but I don't think it's warranted.")]
    [InlineData("6.12-rc7", "final", 7, "I'd do an rc8, but things are calm enough.")]
    [InlineData("6.12-rc7", "rc8", 8, "I would release next week, but I'll do an rc8 instead.")]
    [InlineData("6.12-rc7", "final", 7, "I'd like to release next week, but we'll see.")]
    [InlineData("6.12-rc7", "final", 7, "I was planning to release next week, and I still am.")]
    [InlineData("6.12-rc7", "rc8", 8, "My original plan was an rc8, and that hasn't changed.")]
    [InlineData("6.12-rc7", "rc8", 8, "My original plan was to release next week, but that's no longer the case.")]
    [InlineData("6.12-rc7", "final", 7, "The plan was to release next week, and that still holds.")]
    [InlineData("6.12-rc7", "final", 7, "I originally thought we'd need an rc8, but now it looks like we won't.")]
    [InlineData("6.12-rc7", "final", 7, "Last week I thought this would be the last rc, and it still looks that way.")]
    [InlineData("6.12-rc7", "", 0, "Last week I said I'd release next week, and that's still the plan.")]
    [InlineData("6.12-rc7", "", 0, "Last week I worried about an rc8, but things have calmed down.")]
    // Round 200: what should have been, or was supposed to be.
    [InlineData("6.12-rc7", "rc8", 8, "This would be the last rc if it weren't for the holidays.")]
    [InlineData("6.12-rc7", "rc8", 8, "I'd release next week if it weren't for the btrfs regression.")]
    [InlineData("6.12-rc7", "rc8", 8, "This should have been the last rc.")]
    [InlineData("6.12-rc7", "rc8", 8, "This was supposed to be the last rc.")]
    [InlineData("6.12-rc7", "rc8", 8, "This was meant to be the last rc, but the regression changed that.")]
    [InlineData("6.12-rc7", "final", 7, "rc7 was supposed to be the last one, and it is.")]
    [InlineData("6.12-rc7", "rc8", 8, "We were supposed to release next week.")]
    [InlineData("6.12-rc7", "final", 7, "We were supposed to release next week, and we will.")]
    [InlineData("6.12-rc7", "final", 7, "The final was supposed to be next week, and it still will be.")]
    [InlineData("6.12-rc7", "", 0, "The fix was supposed to be in rc6.")]
    [InlineData("6.12-rc7", "rc8", 8, "I'd have preferred to release next week.")]
    [InlineData("6.12-rc7", "final", 7, "I'd have liked to release next week, and I will.")]
    [InlineData("6.12-rc7", "final", 7, "I was hoping to release next week, and I will.")]
    // Round 201: modal verbs.
    [InlineData("6.12-rc7", "final", 7, "We shouldn't need an rc8.")]
    [InlineData("6.12-rc7", "final", 7, "There shouldn't be an rc8.")]
    [InlineData("6.12-rc7", "final", 7, "There needn't be an rc8.")]
    [InlineData("6.12-rc7", "final", 7, "We shouldn't have to do an rc8.")]
    [InlineData("6.12-rc7", "final", 7, "This shouldn't need another rc.")]
    [InlineData("6.12-rc7", "final", 7, "An rc8 may not be necessary.")]
    [InlineData("6.12-rc7", "final", 7, "An rc8 might not be needed after all.")]
    [InlineData("6.12-rc7", "final", 7, "We wouldn't need an rc8 if the fix lands.")]
    [InlineData("6.12-rc7", "rc8", 8, "The final is going to have to wait.")]
    [InlineData("6.12-rc7", "final", 7, "The release isn't going to have to wait.")]
    [InlineData("6.12-rc7", "rc8", 8, "There has to be an rc8.")]
    [InlineData("6.12-rc7", "rc8", 8, "I'd better do an rc8.")]
    // Round 202: plans denied, and what is less likely.
    [InlineData("6.12-rc7", "final", 7, "We won't be needing an rc8.")]
    [InlineData("6.12-rc7", "final", 7, "I don't foresee an rc8.")]
    [InlineData("6.12-rc7", "final", 7, "I can't see us needing an rc8.")]
    [InlineData("6.12-rc7", "final", 7, "An rc8 is looking less and less likely.")]
    [InlineData("6.12-rc7", "final", 7, "An rc8 looks less likely now.")]
    [InlineData("6.12-rc7", "rc8", 8, "The final next week is looking less likely.")]
    [InlineData("6.12-rc7", "rc8", 8, "The final release next weekend seems unlikely.")]
    [InlineData("6.12-rc7", "rc8", 8, "The final release next weekend won't happen.")]
    [InlineData("6.12-rc7", "final", 7, "The final release next weekend is the plan.")]
    // Round 203: whole mails in the words of the 3.x cycles.
    [InlineData("3.13-rc7", "final", 7, "But that's for after the 3.13 release, which I expect next Sunday.")]
    [InlineData("3.13-rc7", "final", 7, "The final, which should happen next weekend, will have the new scheduler.")]
    [InlineData("3.13-rc7", "rc8", 8, "The final release, which I expect in two weeks, will have the new scheduler.")]
    [InlineData("3.13-rc7", "", 0, "Fixes for the 3.13 release, which came out last Sunday, are in stable.")]
    [InlineData("3.11-rc7", "", 0, "I'm not going to drag this out forever, though.")]
    [InlineData("3.11-rc7", "final", 7, "I'm not going to drag this out.")]
    [InlineData("3.11-rc7", "rc8", 8, "So I'll do an -rc8, and we'll see how things look next week. I'm not going to drag this out forever, though - if the remaining issues don't get resolved, we'll just have to release with them and fix them in stable.")]
    // Round 204: rc8 mails.
    [InlineData("6.12-rc8", "final", 8, "I'll let this one sit for a week and then release.")]
    [InlineData("6.12-rc7", "final", 7, "I'll let it simmer for another week before releasing.")]
    [InlineData("6.12-rc8", "final", 8, "This was the extra week I wanted, and now it's time to release.")]
    [InlineData("6.12-rc8", "rc9", 9, "It's not time to release yet.")]
    [InlineData("6.12-rc8", "rc9", 9, "It's time to release rc9, I'm afraid.")]
    [InlineData("6.12-rc4", "", 0, "It's time to release rc4.")]
    [InlineData("6.12-rc8", "final", 8, "Anyway, one more week, then 6.12.")]
    [InlineData("6.12-rc8", "", 0, "An rc9 would be unusual, but not unprecedented.")]
    [InlineData("6.12-rc8", "rc9", 9, "An rc9 would be good for testing.")]
    // Round 205: travel and holidays beside the plan.
    [InlineData("6.12-rc7", "final", 7, "I'll be on vacation the week after, so I want to release before that, next Sunday.")]
    [InlineData("6.12-rc7", "final", 7, "With Thanksgiving next week, I'll likely release a day early, on Saturday.")]
    [InlineData("6.12-rc7", "final", 7, "I'll probably release next weekend.")]
    [InlineData("6.12-rc7", "", 0, "I want to release the fix next week.")]
    [InlineData("6.12-rc7", "rc8", 8, "With Christmas coming up, I'll do an rc8 and release after the holidays.")]
    // Round 206: questions and their short answers.
    [InlineData("6.12-rc7", "final", 7, "rc8 or final? Final, I think.")]
    [InlineData("6.12-rc7", "rc8", 8, "Final or rc8? rc8, sadly.")]
    [InlineData("6.12-rc7", "rc8", 8, "Is this the last rc? Another rc, I'm afraid.")]
    [InlineData("6.12-rc7", "final", 7, "Will I do an rc8? Only if something goes wrong.")]
    [InlineData("6.12-rc7", "final", 7, "Is an rc8 needed? Not from what I can see.")]
    [InlineData("6.12-rc7", "final", 7, "Will there be an rc8? Not unless something goes badly wrong.")]
    [InlineData("6.12-rc7", "final", 7, "Final next week? Looks that way.")]
    [InlineData("6.12-rc7", "final", 7, "Any chance of an rc8? Slim.")]
    [InlineData("6.12-rc7", "", 0, "Will you release next week? Only if the fix lands.")]
    // Round 207: early rcs that name the last rc or a release of something else.
    [InlineData("6.13-rc3", "", 0, "This is the last rc before I leave for vacation.")]
    [InlineData("6.13-rc3", "", 0, "I'll release rc4 next week as usual.")]
    [InlineData("6.13-rc3", "", 0, "This is the last rc of the year.")]
    [InlineData("6.13-rc3", "", 0, "Hopefully this is the last rc with that many fixes.")]
    [InlineData("6.13-rc7", "final", 7, "This is the last rc before 6.13.")]
    [InlineData("6.13-rc7", "rc8", 8, "I'll release rc8 next week.")]
    [InlineData("6.13-rc1", "rc2", 8, "The holidays will mean that we'll probably have an rc8.")]
    [InlineData("6.13-rc1", "rc2", 7, "I'd expect the usual seven rcs, which would put the final in mid-January.")]
    // Round 208: rc7 sentences that plan nothing.
    [InlineData("6.12-rc7", "", 0, "Some of these fixes will go into the final release.")]
    [InlineData("6.12-rc7", "", 0, "There's a week left in the year.")]
    [InlineData("6.12-rc7", "", 0, "Two more weeks of vacation for me, but I'll do the release from the beach.")]
    [InlineData("6.12-rc7", "final", 7, "We have one more week left before the final.")]
    [InlineData("6.12-rc7", "", 0, "The rc8 of 6.11 was similar in size.")]
    [InlineData("6.12-rc7", "", 0, "Greg will do stable releases next week as usual.")]
    // Round 209: "release" opening its sentence.
    [InlineData("6.12-rc7", "final", 7, "Release is planned for next Sunday.")]
    [InlineData("6.12-rc7", "final", 7, "Release will be next week.")]
    [InlineData("6.12-rc7", "", 0, "Release notes will come next week.")]
    // Round 210: decisions.
    [InlineData("6.12-rc7", "final", 7, "I've decided against an rc8.")]
    [InlineData("6.12-rc7", "rc8", 8, "I've decided against releasing next week.")]
    [InlineData("6.12-rc7", "final", 7, "I had decided to do an rc8, but changed my mind.")]
    [InlineData("6.12-rc7", "rc8", 8, "I had decided to do an rc8, and that's what I'll do.")]
    [InlineData("6.12-rc7", "rc8", 8, "Decision made: rc8.")]
    [InlineData("6.12-rc7", "final", 7, "I've settled on releasing next Sunday.")]
    // Round 211: two sentences, the second a short "but".
    [InlineData("6.12-rc7", "final", 7, "I could do an rc8. But I won't.")]
    [InlineData("6.12-rc7", "final", 7, "An rc8 is possible. But I don't expect it.")]
    [InlineData("6.12-rc7", "rc8", 8, "The final could be next week. But I doubt it.")]
    [InlineData("6.12-rc7", "final", 7, "There might be an rc8. But it won't come to that.")]
    [InlineData("6.12-rc7", "final", 7, "I'll do the final next week. But I won't do it on Sunday.")]
    [InlineData("6.12-rc7", "final", 7, "We'll see. I expect the final next week, though.")]
    // Round 212: next week spelt other ways.
    [InlineData("6.12-rc7", "final", 7, "I'll release 6.12 next Sun.")]
    [InlineData("6.12-rc7", "final", 7, "The final will be Sunday next.")]
    [InlineData("6.12-rc7", "final", 7, "I expect the final next week-end.")]
    [InlineData("6.12-rc7", "final", 7, "6.12 final in about a week's time.")]
    // Round 213: weeks that are not the cycle's.
    [InlineData("6.12-rc7", "", 0, "I'll be traveling in two weeks.")]
    [InlineData("6.12-rc4", "", 0, "I'll be on vacation in three weeks.")]
    [InlineData("6.12-rc7", "", 0, "I'm going to LPC, in two weeks.")]
    [InlineData("6.12-rc7", "rc8", 8, "I'll be away for another week, so expect an rc8.")]
    [InlineData("6.12-rc7", "rc8", 8, "We'll release in two weeks.")]
    [InlineData("6.12-rc7", "rc8", 8, "In two weeks we'll be done.")]
    [InlineData("6.12-rc4", "rc5", 6, "The final should be in three weeks.")]
    // Round 214: an extra week weighed ("another week wouldn't hurt"), what he would have liked of this rc.
    [InlineData("6.15-rc7", "rc8", 8, "Another week wouldn't hurt.")]
    [InlineData("6.15-rc7", "rc8", 8, "Honestly, another week of calm wouldn't hurt.")]
    [InlineData("6.15-rc7", "", 0, "Another week won't help with that bug, it needs a proper fix.")]
    [InlineData("6.15-rc7", "rc8", 8, "I'd like another week of calm before the release.")]
    [InlineData("6.15-rc7", "rc8", 8, "I'd prefer to have another week before I call it done.")]
    [InlineData("6.15-rc7", "rc8", 8, "We could use another week.")]
    [InlineData("6.15-rc7", "final", 7, "We could use another week, but I don't think we need it.")]
    [InlineData("6.15-rc7", "rc8", 8, "I'd have liked this to be the last rc.")]
    [InlineData("6.15-rc7", "rc8", 8, "I would have preferred for rc7 to be the last one.")]
    [InlineData("6.15-rc7", "final", 7, "This rc is bigger than I'd have liked it to be, but I still expect the final next weekend.")]
    [InlineData("6.15-rc7", "rc8", 8, "I wanted this to be the last rc, but the fixes keep coming.")]
    [InlineData("6.15-rc7", "final", 7, "Come next Sunday, it'll be release time.")]
    [InlineData("6.15-rc7", "final", 7, "By next weekend, 6.15 should be out.")]
    [InlineData("6.15-rc7", "final", 7, "Next weekend should be it.")]
    [InlineData("6.15-rc7", "rc8", 8, "It's almost release time, but not quite: expect an rc8.")]
    [InlineData("6.15-rc7", "final", 7, "Things look calm, so next weekend should be it for 6.15.")]
    [InlineData("6.15-rc7", "", 0, "Next weekend should be fun: I'm giving a talk.")]
    [InlineData("6.15-rc7", "rc8", 8, "An extra week would be a good idea, considering the late networking fixes.")]
    [InlineData("6.15-rc7", "rc8", 8, "Taking another week seems prudent.")]
    [InlineData("6.15-rc7", "final", 7, "I'd rather not take another week unless something comes up.")]
    [InlineData("6.15-rc7", "rc8", 8, "I'm inclined to give it another week.")]
    [InlineData("6.15-rc7", "rc8", 8, "I was hoping to release next week, but it's not going to happen.")]
    [InlineData("6.15-rc7", "final", 7, "I wanted to release next week, and I still do.")]
    [InlineData("6.15-rc7", "", 0, "I wanted to thank everybody who tested the rc's.")]
    [InlineData("6.15-rc7", "rc8", 8, "This is almost the last rc, but not quite.")]
    [InlineData("6.15-rc7", "final", 7, "We're getting close to release time, and next weekend should be it.")]
    [InlineData("6.15-rc7", "", 0, "It's almost release time.")]
    [InlineData("6.15-rc5", "", 0, "It's almost release time for the stable trees.")]
    [InlineData("6.15-rc6", "rc7", 7, "Another week wouldn't hurt, so there will be an rc7 as usual.")]
    [InlineData("6.15-rc6", "", 0, "Next week should be it for the big driver fixes, and then rc7 should be calm.")]
    // Round 215: a worry denied or drawn on, last year's rc8, plain plans in other words.
    [InlineData("6.15-rc7", "final", 7, "Things look fairly normal for this time in the release cycle, so unless something odd happens, this will be the last rc.")]
    [InlineData("6.15-rc7", "final", 7, "I'm still planning on a normal release schedule.")]
    [InlineData("6.15-rc7", "", 0, "I'm going to play it by ear.")]
    [InlineData("6.15-rc7", "rc8", 8, "We may well end up with an rc8.")]
    [InlineData("6.15-rc7", "final", 7, "There's no real reason to delay the release.")]
    [InlineData("6.15-rc7", "final", 7, "I think we're in good shape for the final release next week.")]
    [InlineData("6.15-rc7", "final", 7, "Let's see how the next week goes, but right now it looks like we're on track for the usual schedule.")]
    [InlineData("6.15-rc7", "rc8", 8, "An rc8 is likely, but not certain.")]
    [InlineData("6.15-rc7", "", 0, "Maybe an rc8, maybe not.")]
    [InlineData("6.15-rc7", "rc8", 8, "So I'm leaning towards doing an rc8.")]
    [InlineData("6.15-rc7", "final", 7, "I'm leaning towards releasing next weekend.")]
    [InlineData("6.15-rc7", "final", 7, "I'm inclined to just release 6.15 next weekend.")]
    [InlineData("6.15-rc7", "rc8", 8, "This means I'll likely do an rc8 unless things really calm down.")]
    [InlineData("6.15-rc7", "final", 7, "Unless something unexpected comes up, 6.15 will be out next Sunday.")]
    [InlineData("6.15-rc7", "rc8", 8, "I don't think I'll be comfortable releasing next week.")]
    [InlineData("6.15-rc7", "final", 7, "I'm comfortable releasing next week.")]
    [InlineData("6.15-rc7", "rc8", 8, "I'm not comfortable with releasing 6.15 with that regression still open, so rc8 it is.")]
    [InlineData("6.15-rc7", "final", 7, "Nothing here makes me worry about the release next weekend.")]
    [InlineData("6.15-rc7", "final", 7, "The plan remains to release 6.15 next weekend.")]
    [InlineData("6.15-rc7", "rc8", 8, "The plan has changed: there will be an rc8.")]
    [InlineData("6.15-rc7", "final", 7, "One more week, and 6.15 is done.")]
    [InlineData("6.15-rc7", "rc8", 8, "One more rc, and then we're done.")]
    [InlineData("6.15-rc7", "final", 7, "All signs point to a release next weekend.")]
    [InlineData("6.15-rc7", "rc8", 8, "All signs point to an rc8.")]
    [InlineData("6.15-rc7", "", 0, "All signs point to a calm week.")]
    [InlineData("6.15-rc7", "final", 7, "We'll have the final next weekend, unless some nasty surprise shows up.")]
    [InlineData("6.15-rc7", "rc8", 8, "Because of the holidays, I'll add an extra rc.")]
    [InlineData("6.15-rc7", "", 0, "Last year's rc8 was because of the holidays.")]
    [InlineData("6.15-rc7", "final", 7, "I'm not worried about the release next weekend.")]
    [InlineData("6.15-rc7", "final", 7, "I'm not too worried about releasing next week.")]
    [InlineData("6.15-rc7", "final", 7, "Nothing here makes me nervous about releasing next week.")]
    [InlineData("6.15-rc7", "", 0, "I'm not worried about an rc8.")]
    [InlineData("6.15-rc7", "", 0, "I'm worried about the release next weekend.")]
    [InlineData("6.15-rc7", "final", 7, "Any concerns about the release next week should go to the list.")]
    [InlineData("6.15-rc7", "rc8", 8, "I'm a bit nervous about releasing next week, so I might do an rc8.")]
    [InlineData("6.15-rc7", "rc8", 8, "I'm worried about the release, which is why there will be an rc8.")]
    [InlineData("6.15-rc7", "", 0, "I'm not sure yet, so we'll see whether we need an rc8.")]
    [InlineData("6.15-rc7", "", 0, "I haven't decided, so I'll decide next week whether there's an rc8.")]
    [InlineData("6.15-rc7", "", 0, "I'm not sure yet, but we'll see whether we need an rc8.")]
    [InlineData("6.15-rc7", "final", 7, "Last time's rc8 was a mistake, and we won't need one this time.")]
    [InlineData("6.15-rc8", "final", 8, "The final release is planned for next Sunday.")]
    [InlineData("6.15-rc8", "rc9", 9, "I hate to do it, but there will be an rc9.")]
    [InlineData("6.15-rc8", "final", 8, "No rc9 this time.")]
    [InlineData("6.15-rc6", "rc7", 8, "I already know we'll need an rc8 because of my travel.")]
    [InlineData("6.15-rc6", "", 0, "rc7 is next week, as usual.")]
    [InlineData("6.15-rc5", "", 0, "We're about half-way through the rc series.")]
    // Round 216: the mail's own rc in its opener ("that means another rc"), "the last" alone, a habit of doubting.
    [InlineData("6.21-rc7", "", 0, "It's Sunday afternoon, and that means another rc.")]
    [InlineData("6.21-rc7", "", 0, "Another Sunday, another rc.")]
    [InlineData("6.21-rc7", "", 0, "And here's another rc.")]
    [InlineData("6.21-rc7", "", 0, "So it's time for another rc.")]
    [InlineData("6.21-rc7", "rc8", 8, "I think it's time for another rc, since the fixes keep coming.")]
    [InlineData("6.21-rc7", "rc8", 8, "The fix isn't in yet, and that means another rc.")]
    [InlineData("6.21-rc7", "final", 7, "I just tagged another rc, and I expect it to be the last.")]
    [InlineData("6.21-rc7", "rc8", 8, "Here's another rc, and it will be followed by another rc next week.")]
    [InlineData("6.21-rc7", "final", 7, "I expect this rc to be the last.")]
    [InlineData("6.21-rc7", "rc8", 8, "rc8 will be the last.")]
    [InlineData("6.21-rc7", "", 0, "Vlastimil's fix was the last.")]
    [InlineData("6.21-rc7", "final", 7, "There's a few pending issues that people are looking at, but nothing that I think should hold up the release.")]
    [InlineData("6.21-rc7", "final", 7, "Last release we ended up needing an rc8 because of the late mm fixes, and I'd really like to avoid that this time.")]
    [InlineData("6.21-rc5", "", 0, "rc5 is out, and this is the point where I usually start to look at whether the release cycle is on track.")]
    // Round 217: what would be unwise ("would be a mistake / premature"), not rushing, a wish answered by a "but".
    [InlineData("6.21-rc7", "final", 7, "So unless something bad happens, this is going to be the last rc for 6.21.")]
    [InlineData("6.21-rc7", "final", 7, "Things look like they're on track for a normal release next weekend.")]
    [InlineData("6.21-rc7", "final", 7, "I'm inclined to call this the last rc.")]
    [InlineData("6.21-rc7", "final", 7, "The plan is still to do the final release next weekend, but there's a couple of known issues that I want to make sure get resolved first.")]
    [InlineData("6.21-rc7", "final", 7, "Let's hope that next week is calmer and we can have a final release then.")]
    [InlineData("6.21-rc7", "rc8", 8, "I will probably do an rc8 just because of my travel schedule.")]
    [InlineData("6.21-rc7", "", 0, "I'm not entirely happy with the state of things.")]
    [InlineData("6.21-rc7", "final", 7, "This might be the last rc, if things calm down.")]
    [InlineData("6.21-rc7", "rc8", 8, "So there will be an rc8 and the final release will slip a week.")]
    [InlineData("6.21-rc7", "rc8", 8, "The current plan is for an rc8 - not because of any particular problem, but because of how the schedule works out around the holidays.")]
    [InlineData("6.21-rc7", "final", 7, "It's not like there's anything hugely worrisome pending, so I expect the final next weekend.")]
    [InlineData("6.21-rc7", "", 0, "It's not like there's anything hugely worrisome pending.")]
    [InlineData("6.21-rc7", "final", 7, "I'd be surprised if we needed an rc8.")]
    [InlineData("6.21-rc7", "rc8", 8, "I wouldn't be surprised if we needed an rc8.")]
    [InlineData("6.21-rc7", "rc8", 8, "I'd be surprised if we didn't need an rc8.")]
    [InlineData("6.21-rc7", "final", 7, "There's no point in dragging this out.")]
    [InlineData("6.21-rc7", "final", 7, "There's no point in an rc8.")]
    [InlineData("6.21-rc7", "rc8", 8, "There's no point in releasing next week with these regressions still open.")]
    [InlineData("6.21-rc7", "final", 7, "I see no point in waiting another week.")]
    [InlineData("6.21-rc7", "rc8", 8, "I see no point in rushing the release.")]
    [InlineData("6.21-rc7", "rc8", 8, "Rushing the release would be a mistake.")]
    [InlineData("6.21-rc7", "final", 7, "Delaying the release would be pointless.")]
    [InlineData("6.21-rc7", "final", 7, "An rc8 would be pointless.")]
    [InlineData("6.21-rc7", "rc8", 8, "An rc8 seems prudent.")]
    [InlineData("6.21-rc7", "final", 7, "An rc8 seems unnecessary.")]
    [InlineData("6.21-rc7", "rc8", 8, "An rc8 seems unavoidable.")]
    [InlineData("6.21-rc7", "rc8", 8, "An rc8 looks inevitable at this point.")]
    [InlineData("6.21-rc7", "final", 7, "An rc8 looks increasingly unlikely.")]
    [InlineData("6.21-rc7", "final", 7, "Delaying the release seems unnecessary.")]
    [InlineData("6.21-rc7", "rc8", 8, "Delaying the release would be wise.")]
    [InlineData("6.21-rc7", "rc8", 8, "I don't want to rush the release.")]
    [InlineData("6.21-rc7", "rc8", 8, "I'd rather not rush things, so expect an rc8.")]
    [InlineData("6.21-rc7", "final", 7, "I don't want to rush the release, but things look calm, so the final comes next week.")]
    [InlineData("6.21-rc7", "rc8", 8, "It would be unwise to rush 6.21.")]
    [InlineData("6.21-rc7", "rc8", 8, "It would be a mistake to release next week.")]
    [InlineData("6.21-rc7", "rc8", 8, "Releasing next week would be premature.")]
    [InlineData("6.21-rc7", "rc8", 8, "The final release next week would be premature.")]
    [InlineData("6.21-rc7", "final", 7, "An rc8 would be a mistake.")]
    [InlineData("6.21-rc7", "final", 7, "Doing an rc8 would be silly.")]
    [InlineData("6.21-rc7", "final", 7, "I'd rather have an extra week, but the final comes next week.")]
    [InlineData("6.21-rc7", "rc8", 8, "I'd rather do an rc8, but it's not a big deal.")]
    [InlineData("6.21-rc7", "rc8", 8, "I'd love to release next week, but we'll need an rc8.")]
    [InlineData("6.21-rc7", "final", 7, "I'd be surprised if this didn't turn out to be the last rc.")]
    [InlineData("6.21-rc7", "", 0, "We're ready for the merge window.")]
    [InlineData("6.21-rc7", "final", 7, "We're ready.")]
    [InlineData("6.21-rc8", "final", 8, "rc8 was the right call, and now we're ready.")]
    [InlineData("6.21-rc8", "rc9", 9, "Sadly, rc8 didn't calm down as much as I'd hoped, so we'll have an rc9.")]
    // Round 194: whole mails with noise around the plan.
    [InlineData("6.6-rc7", "", 0, "The final release last time had some fallout from the late scheduler changes.")]
    [InlineData("6.6-rc7", "final", 7, "The final release last time had some fallout, so I've been strict. Let's hope it stays that way, and we'll have the final 6.6 next weekend.")]
    public void Reads_the_next_step_whatever_the_shape_of_the_sentence(string version, string expectedNext, int expectedLastRc, string prose)
    {
        var hint = Read(version, prose);

        Assert.Equal(expectedNext, hint.ExpectedNext ?? string.Empty);
        Assert.Equal(expectedLastRc == 0 ? null : expectedLastRc, hint.ExpectedLastRc);
        // From rc8 on, "extra" means past this rc.
        Assert.Equal(expectedLastRc == 0 ? null : expectedLastRc > Math.Max(7, KernelVersion.Parse(version).Rc!.Value), hint.ExpectsExtraRc);
        Assert.Equal(expectedLastRc == 0, hint.HintSentence is null);
    }

    [Theory]
    [InlineData("4.7-rc7", "Another week, another rc. Nothing much to say, shortlog appended.")]
    [InlineData("4.7-rc7", "Another week has gone by, and things look normal.")]
    [InlineData("4.7-rc7", "Normally I'd just say this is the last rc. Let's see how the week goes.")]
    [InlineData("4.7-rc7", "The last rc was bigger. 4.5 ended up having an rc8 too, as I recall.")]
    [InlineData("4.7-rc7", "This is the last rc if all goes well, but an rc8 might also make sense. I'm still waffling.")]
    [InlineData("4.7-rc8", "The only reason for this rc8 was the holiday season.")]
    [InlineData("4.7", "So 4.7 is out, and the merge window for 4.8 is open.")]
    [InlineData("4.7-rc7", "Most of the changes are fixes for regressions that came in during the 4.7 merge window, and I expect more of them next week.")]
    [InlineData("4.7-rc7", "The final fix for the boot problem should be in next week.")]
    [InlineData("4.7-rc7", "Greg will release 4.6.5 next week with the same fixes.")]
    [InlineData("4.7-rc7", "Next week I'll be at a conference, so the next rc might come out a bit late.")]
    // Eighteenth round (2026-12-02, second session): rc7 and rc8 mails that state no next step, in the words Linus uses
    // around one, written before running them.
    [InlineData("6.10-rc7", "Things are looking fairly normal, with the usual mix of driver fixes and some arch updates.")]
    [InlineData("6.10-rc7", "rc7 is a bit bigger than I'd like, but nothing looks particularly worrisome.")]
    [InlineData("6.10-rc7", "Let's see how the next week goes.")]
    [InlineData("6.10-rc7", "We'll see what next week brings.")]
    [InlineData("6.10-rc7", "I'm not going to make any predictions this time.")]
    [InlineData("6.10-rc7", "The networking pull was the biggest part of this rc, which is normal for this stage of the release.")]
    [InlineData("6.10-rc7", "Go test, and let's hope the next week is calm.")]
    [InlineData("6.10-rc7", "Last time we had an rc8 it was because of the holidays.")]
    [InlineData("6.10-rc7", "So things look reasonably calm, but it's rc7, so we'll see.")]
    [InlineData("6.10-rc7", "I'm hoping things will calm down, because we're getting close to the end of the release cycle.")]
    [InlineData("6.10-rc7", "Whether we'll need an rc8 depends on how the next few days go.")]
    [InlineData("6.10-rc7", "The merge window for 6.11 will start when 6.10 is out.")]
    [InlineData("6.10-rc7", "Please do give it a good test, especially if you had issues with earlier rcs.")]
    [InlineData("6.10-rc8", "I don't have anything particular to say about this rc8.")]
    [InlineData("6.10-rc7", "Anyway, I'll be traveling next week, but that shouldn't affect the schedule.")]
    // Twenty-second round (2026-12-02, third session).
    [InlineData("6.15-rc7", "Hopefully next week will be calmer.")]
    [InlineData("6.15-rc7", "People asked whether 6.14 would have an rc8; it didn't.")]
    // Twenty-third round (2026-12-02, third session).
    [InlineData("6.16-rc7", "The rc8 diff last time was tiny.")]
    [InlineData("6.16-rc7", "People keep asking me about an rc8.")]
    // Twenty-fifth round (2026-12-02, third session).
    [InlineData("6.12-rc7", "The rc8 that 6.11 had was because of the holidays.")]
    [InlineData("6.12-rc7", "If you see problems with rc7, please report them.")]
    // Twenty-seventh round (2026-12-02, third session).
    [InlineData("6.10-rc7", "Is it the last rc? Ask me next week.")]
    [InlineData("6.10-rc7", "I never promised there would be no rc8.")]
    // Twenty-eighth round (2026-12-02, third session).
    [InlineData("6.11-rc2", "It's early days still.")]
    [InlineData("6.11-rc3", "Too early to tell whether we'll need an rc8.")]
    [InlineData("6.11-rc4", "We're halfway through the rc series.")]
    [InlineData("6.11-rc4", "Things look normal for an rc4.")]
    // Twenty-ninth round (2026-12-02, third session).
    [InlineData("6.13-rc7", "The merge window for 6.14 will then be over the holidays.")]
    [InlineData("6.13-rc7", "More fixes for 6.13: next week.")]
    [InlineData("6.13-rc7", "The 6.14 merge window: next Sunday.")]
    // Thirtieth round (2026-12-02, third session).
    [InlineData("6.15-rc7", "Whether or not there's an rc8, the merge window will open on time.")]
    // Thirty-second round (2026-12-02, third session): mentions of a later rc that plan nothing — in a link, a patch's
    // name, a deadline for testers — written before running them.
    [InlineData("6.16-rc7", "The fix is at https://lore.kernel.org/all/20250713-rc8-fix@example.org/ for those who care.")]
    [InlineData("6.16-rc7", "The \"Revert rc8 workaround\" patch went in this week.")]
    [InlineData("6.16-rc7", "Go test, and report any regressions before rc8 - or the final, whichever comes first.")]
    [InlineData("6.16-rc7", "The diffstat of rc7 against rc6 looks normal.")]
    [InlineData("6.16-rc7", "Please send fixes now rather than waiting for rc8 or the final release.")]
    [InlineData("6.16-rc7", "The CONFIG_RC8_WORKAROUND option is gone.")]
    [InlineData("6.16-rc7", "See <20250713.rc8-fix@example.org> for the details.")]
    [InlineData("6.16-rc7", "The \"rc8 timing\" thread on the list was mostly noise.")]
    // Thirty-fourth round (2026-12-02, third session).
    [InlineData("6.7-rc8", "The holidays are over, and people are back.")]
    // Thirty-fifth round (2026-12-02, third session).
    [InlineData("6.18-rc7", "I said there would be an rc8, and I'm not so sure anymore.")]
    [InlineData("6.13-rc7", "I'll be traveling on January 19th.")]
    [InlineData("6.18-rc7", "I think we'll need an rc8. Or maybe not — I'll decide next week.")]
    [InlineData("6.18-rc7", "I'll make the call on rc8 next weekend, as usual.")]
    [InlineData("6.18-rc7", "The rc8 question will come up next week.")]
    [InlineData("4.12-rc7", "We'll see what next week brings.")]
    [InlineData("4.12-rc7", "As usual, the rc8 or final decision depends on how the week goes.")]
    [InlineData("6.18-rc5", "It's rc5, so we're about halfway through the rc series.")]
    [InlineData("6.18-rc6", "Normally rc6 is where things start calming down, and that's what happened this time too.")]
    [InlineData("6.18-rc7", "Greg asked whether we'll need an rc8.")]
    [InlineData("6.18-rc7", "If there's an rc8, it will be because of the networking regression.")]
    [InlineData("3.14-rc7", "I'm on the fence about doing an -rc8, so we'll see.")]
    [InlineData("6.18-rc7", "The last rc before the holidays is usually the worst, and this one was no exception.")]
    [InlineData("6.18-rc7", "Some people think every release should have an rc8.")]
    // Forty-fifth round (2026-12-02, fourth session): late-rc mails that talk about rcs, weeks and the release without saying
    // what comes next, written before running them.
    [InlineData("6.18-rc7", "This rc7 is a bit bigger than rc6 was, but not alarmingly so.")]
    [InlineData("6.18-rc7", "Next week I'll be looking at the arm64 regression more closely.")]
    [InlineData("6.18-rc7", "The release notes for 6.18 will be interesting.")]
    [InlineData("6.18-rc7", "It's the usual mix of driver fixes, and the shortlog below has the details.")]
    [InlineData("6.18-rc7", "The rc8 of last cycle was mostly about the holidays.")]
    [InlineData("6.18-rc7", "Another week, another rc. Nothing stands out.")]
    [InlineData("6.18-rc7", "I'll be going through the regression list next week, as always.")]
    [InlineData("6.18-rc7", "The 6.19 merge window will open when 6.18 is out.")]
    [InlineData("6.18-rc7", "Things are calmer than they were at this point last release.")]
    [InlineData("6.18-rc7", "Please keep testing, and keep those reports coming.")]
    [InlineData("6.18-rc7", "Most of the fixes are small, but there are a couple that will need watching next week.")]
    [InlineData("6.18-rc7", "We're at the point of the release where I'm looking at the diffstat every day.")]
    [InlineData("6.7-rc8", "I know some of you expected an rc9 with the holidays.")]
    [InlineData("6.18-rc7", "It's been a fairly normal week. The fixes are all over the place, with drivers leading as usual.\n\nWhether this ends up being the last rc depends on what comes in this week. I'll decide next weekend.")]
    [InlineData("6.18-rc7", "Nothing stands out. The shortlog is appended for people who want the details.\n\nPlease go test, and report anything odd.")]
    [InlineData("6.18-rc7", "I'll be traveling next week, but that shouldn't affect anything.")]
    // Fifty-first round: what is quoted from other mails is not read as Linus' plan.
    [InlineData("6.18-rc7", "Quoting from the regression report:\n\n> The final release should not happen before the amdgpu fix is merged.\n\nShortlog appended.")]
    [InlineData("6.18-rc7", "Greg wrote:\n> I think 6.18 will need an rc8, the usb fixes are still coming in.\n\nShortlog appended, go test.")]
    // Fifty-second round: a quoted guess and a joke about rc8s say nothing about this one.
    [InlineData("6.18-rc7", "Somebody on the list said \"6.18 will surely need an rc8\". We'll see.")]
    [InlineData("6.18-rc7", "The joke about rc8 being a feature of even-numbered releases doesn't really hold up. Anyway, shortlog appended.")]
    // Fifty-third round: a debate reported, and others' views, with Linus undecided.
    [InlineData("6.18-rc7", "People on the list have been debating whether 6.18 needs an rc8. I've been reading along, but I haven't made up my mind yet.")]
    [InlineData("6.18-rc7", "Thorsten thinks the remaining regressions are minor, Greg thinks otherwise. We'll see what next week brings.")]
    // Fifty-fourth round: irony that states no plan.
    [InlineData("6.18-rc7", "Sure, I could just release 6.18 next weekend and pretend everything is fine. We'll see what the week brings.")]
    [InlineData("6.18-rc7", "Last time I confidently said \"final next week\" we got an rc8, so this time I'm not saying anything at all.")]
    // Fifty-fifth round: ordinary paragraphs that state no next step.
    [InlineData("6.20-rc7", "rc7 is a bit larger than rc6 was, but not hugely so, and nothing in it looks particularly scary. We'll see how next week goes.")]
    [InlineData("6.20-rc7", "I'm not entirely sure yet whether this will be the last rc. It depends on how the remaining issues pan out, so please test.")]
    // Fifty-sixth round: rc6 and rc8 paragraphs that state no next step.
    [InlineData("6.20-rc6", "Another week, another rc. This one is a bit bigger than rc5, mainly due to a couple of driver updates, but nothing alarming.")]
    [InlineData("6.20-rc8", "The reason for rc8 was the late fixes for the memory management regression, and those seem to have worked out. Shortlog appended.")]
    // Fifty-seventh round: hopes and talk that state no next step.
    [InlineData("6.18-rc7", "Fingers crossed that things stay calm. Shortlog below.")]
    [InlineData("6.18-rc7", "There's been some talk about whether the new scheduler code should have gone in at all, but that's a discussion for after the release.")]
    // Fifty-eighth round: musings that state no next step.
    [InlineData("6.18-rc7", "Who knows, maybe this will even be a release without an rc8. Stranger things have happened.")]
    [InlineData("6.18-rc7", "I'd make a joke about rc8s being traditional for even-numbered releases, but I already made that joke last year.")]
    // Fifty-ninth round: open words alone.
    [InlineData("6.18-rc7", "It could go either way at this point.")]
    [InlineData("6.18-rc7", "Whether this is the last rc depends on the next few days.")]
    [InlineData("6.18-rc7", "I'm not sure whether or not we'll need an rc8.")]
    // Sixtieth round: early rc mails that state nothing about the cycle's length.
    [InlineData("6.19-rc1", "The merge window was fairly normal in size, with the usual driver updates dominating. Let's start calming down now.")]
    [InlineData("6.19-rc2", "Holidays are coming up, so things will probably be quiet for the next couple of weeks.")]
    // Sixty-first round: the merge window named without a time.
    [InlineData("6.18-rc7", "The 6.19 merge window will have a lot of Rust changes, judging by linux-next.")]
    [InlineData("6.18-rc7", "As usual, the merge window will be two weeks.")]
    [InlineData("6.18-rc7", "The 6.19 merge window opens next weekend or the one after.")]
    // Sixty-second round: a decision put off, and a stable release before the final.
    [InlineData("6.18-rc7", "I'll decide next weekend whether 6.18 is ready.")]
    [InlineData("6.18-rc7", "The stable team will have 6.17.13 out before the final anyway.")]
    // Sixty-third round: earlier cycles alone.
    [InlineData("6.18-rc7", "6.17 had an rc8, 6.16 didn't. No pattern there.")]
    [InlineData("6.18-rc7", "The last time we had an rc9 was back in the 4.x days.")]
    // Sixty-fourth round: a schedule unchanged, and a stable release in a postscript.
    [InlineData("6.18-rc7", "Schedule-wise nothing has changed.")]
    [InlineData("6.18-rc7", "PS. Greg's 6.17.9 stable release is out too.")]
    // Sixty-fifth round: the 2.6 wording.
    [InlineData("2.6.39-rc7", "The -rc's have been pretty calm this time around.")]
    [InlineData("3.0-rc7", "The 2.6.x numbering is gone for good, but nothing else changes.")]
    // Sixty-sixth round: the 4.x wording (the other sentence written down as saying nothing is above, read as an rc8).
    [InlineData("4.19-rc7", "Greg is doing this rc, and the next one will be his call too.")]
    // Sixty-seventh round: a release time that names no Sunday, and a past rc8 against this cycle early on.
    [InlineData("4.9-rc1", "The final release should come out around Christmas.")]
    [InlineData("4.9-rc5", "I expect the final release at the end of the month.")]
    [InlineData("4.9-rc7", "I expect the final release in early December.")]
    [InlineData("4.18-rc3", "The last release needed an rc8, but this one looks much calmer so far, and if it continues this way I don't see why we would need one this time.")]
    // Both ways hang on a condition, the second "otherwise" (round 71): the plan is split.
    [InlineData("5.12-rc7", "If the remaining regressions get fixed this week, this is the last rc. Otherwise there will be an rc8.")]
    [InlineData("6.11-rc7", "If the fix comes in, this is the last rc. If not, there will be an rc8.")]
    [InlineData("6.0-rc7", "If something comes up, there'll be an rc8; otherwise, I'll release 6.0 next weekend.")]
    // "Another rc" before rc6 is the cycle's next step, not its end (round 72).
    [InlineData("6.9-rc3", "We'll have another rc next week, as usual.")]
    [InlineData("6.9-rc1", "So let's get testing, and I'll do another rc next Sunday.")]
    // The release after this one (round 73).
    [InlineData("6.5-rc7", "The next release will be 6.6, and that one will have the new scheduler.")]
    // Round 75: sentences that name the final or the last rc and say nothing of when — before rc7, or of another release.
    [InlineData("6.8-rc7", "The last rc of the 6.7 series had a similar size.")]
    [InlineData("6.8-rc7", "The last rc of 6.7 was about this size too.")]
    [InlineData("6.8-rc5", "Please test before the final release.")]
    [InlineData("6.8-rc5", "Things look good for the final release.")]
    [InlineData("6.8-rc4", "We're on track for a final release.")]
    [InlineData("6.8-rc6", "Please do test, because the final release is where people start to actually use it.")]
    // Round 76: rc8 as the topic of a question others ask; what came in a week late.
    [InlineData("6.8-rc7", "People sometimes ask me why we don't just skip rc8 entirely.")]
    [InlineData("6.8-rc7", "The networking pull came in a week late, but that's fine.")]
    // Round 77: another 2.6 release, a stable update of this one.
    [InlineData("2.6.20-rc7", "2.6.19 had an -rc8 too.")]
    [InlineData("2.6.20-rc7", "There were fixes for 2.6.19.2 as well, but that's Greg's.")]
    [InlineData("6.8-rc7", "6.8.1 will follow soon after.")]
    // Round 79: the mail's own extra rc; an open question without an answer.
    [InlineData("6.2-rc8", "This is just another rc.")]
    [InlineData("6.2-rc8", "We'll see if an rc9 is needed.")]
    // Round 83: another release's rc8.
    [InlineData("6.5-rc7", "The rc8 for 6.4 was about timing.")]
    // Round 84: a time and "we can" that name no release.
    [InlineData("5.15-rc7", "Next week is the merge window for the networking tree, and we can talk about it then.")]
    [InlineData("5.15-rc7", "We'll see how the upcoming week goes.")]
    // Round 85: at rc6, every claim under a condition and naming different last rcs.
    [InlineData("6.11-rc6", "If things stay calm, rc7 will be the last, and if not, we'll do an rc8.")]
    // Round 87: sizes compared with other rcs, and the rc8 of a release named in front of it.
    [InlineData("5.18-rc7", "Last release's rc8 was almost exactly this size.")]
    [InlineData("5.18-rc7", "5.17's rc8 was bigger.")]
    [InlineData("5.18-rc7", "Compared to the 5.17-rc8, this is tiny.")]
    // Round 88: the extra rc's own story, and the week just gone.
    [InlineData("4.8-rc8", "So I decided to do one more rc, mainly because of the late networking fixes.")]
    [InlineData("6.1-rc8", "I decided that one more rc was a good idea, given the holidays.")]
    [InlineData("5.10-rc7", "This last week has been quiet.")]
    // Round 91: what another release "ended up needing".
    [InlineData("5.18-rc7", "For comparison, 5.17-rc7 was about the same size, and that release ended up needing an rc8 - but that was for other reasons entirely.")]
    [InlineData("5.18-rc7", "We ended up needing an rc8 last time.")]
    // Round 92: "final" and "last rc" in other senses.
    [InlineData("6.8-rc7", "The final fix for the ext4 corruption came in on Friday.")]
    [InlineData("6.8-rc7", "We finally got the networking regression sorted out.")]
    [InlineData("6.8-rc7", "The final version of the patch series was merged yesterday.")]
    [InlineData("6.8-rc7", "This is the final piece of the x86 rework.")]
    [InlineData("6.8-rc7", "The last rc fixes are mostly in drivers.")]
    [InlineData("6.8-rc7", "The release notes for the final 6.8 will be long.")]
    [InlineData("6.8-rc7", "I'll write more about the final release when it happens.")]
    [InlineData("6.8-rc7", "Last rc had a nasty regression, but that's fixed now.")]
    [InlineData("6.8-rc7", "We're in the final stretch now.")]
    // Round 93: rc8 mails.
    [InlineData("6.2-rc8", "This is the rc8 I promised, and there's nothing scary in it.")]
    [InlineData("6.2-rc8", "I think we're ready for 6.2.")]
    // Round 95: early rcs, whose words now carry to the silent mails after them, must claim nothing by the way.
    [InlineData("6.9-rc4", "Things look normal for this stage of the release.")]
    [InlineData("6.9-rc4", "We're halfway through the rc series.")]
    [InlineData("6.9-rc4", "I expect things to calm down over the next few weeks.")]
    [InlineData("6.9-rc4", "rc4 is usually when things start calming down.")]
    [InlineData("6.9-rc4", "I'm not worried about the schedule.")]
    [InlineData("6.9-rc3", "It's early days, but so far everything looks on track.")]
    [InlineData("6.9-rc3", "Let's hope the rest of the release goes as smoothly.")]
    [InlineData("6.9-rc3", "There's no reason to think this will be anything but a normal release.")]
    [InlineData("6.9-rc2", "The rc2 is a bit bigger than usual, but that's normal after a big merge window.")]
    // Round 102: waiting to see the usual next rc.
    [InlineData("6.16-rc6", "We'll see what rc7 brings.")]
    // Round 103: an rc of the usual cycle named without its end.
    [InlineData("6.21-rc1", "The rc2 should be out next Sunday as usual.")]
    [InlineData("6.21-rc1", "rc2 next week, and then we'll see.")]
    [InlineData("6.21-rc1", "I'll do rc2 on Saturday because of travel.")]
    [InlineData("6.21-rc5", "rc6 will come out a day early, on Saturday, since I'm traveling.")]
    // Round 105: a question told of, with no answer after it.
    [InlineData("6.21-rc7", "Some people wonder whether this will be the last rc.")]
    [InlineData("6.21-rc7", "People have asked if we'll have an rc8.")]
    // Round 108: a release that looks ready names no step, as "we're in good shape" names none.
    [InlineData("6.22-rc7", "Unlike 6.20, which needed an rc8, this one looks ready.")]
    [InlineData("6.22-rc7", "The networking fixes are ready to go.")]
    // Round 109: what only implies the usual end, as index.csv's unclear mails do.
    [InlineData("6.23-rc7", "I'm traveling next week, but that shouldn't affect the release.")]
    // Round 110: an rc supposed ("if there is one"), not planned.
    [InlineData("6.23-rc7", "The rc8 - if there is one - will be small.")]
    [InlineData("6.23-rc7", "An rc8, should there be one, would be purely for the drm fixes.")]
    // Round 111: "I said -rc7 would be the last -rc" in an rc8 mail speaks of rc7.
    [InlineData("2.6.32-rc8", "Ok, so I lied. I said -rc7 would be the last -rc, but here's -rc8.")]
    [InlineData("2.6.30-rc7", "I think we're getting close to a final 2.6.30, so please test.")]
    // Round 114: a quoted question with no answer after it.
    [InlineData("6.24-rc7", "Somebody asked me:\n> Will there be an rc8?\n\nAnyway, shortlog below.")]
    // Round 118: what is not promised is not stated.
    [InlineData("6.24-rc6", "I'm not going to make any promises about rc7 being the last.")]
    [InlineData("6.24-rc6", "I'm not promising that rc7 will be the last.")]
    // Round 124: waiting to see.
    [InlineData("7.3-rc7", "Let's wait and see.")]
    // Round 127: what comes true is said plainly only at the end of its sentence.
    [InlineData("7.6-rc7", "I had expected an rc8, and that's what we got.")]
    [InlineData("7.6-rc7", "I was hoping this would be the last rc, and it is going to be a big one.")]
    // Round 120: both turns of a condition across sentences, and what a decision is about.
    [InlineData("7.1-rc7", "If things look calm by next weekend, I'll tag 7.1 then. Otherwise there will be an rc8.")]
    [InlineData("7.1-rc7", "I'll make the decision about the final release from the road. If things look calm by next weekend, I'll tag 7.1 then. If not, there will be an rc8.")]
    // Round 129: "we're done" with something else, or before the usual last rc.
    [InlineData("7.7-rc7", "I think we're done with the big stuff.")]
    [InlineData("7.7-rc5", "So we're done.")]
    // Round 133: "the last one" of something else, or of the past.
    [InlineData("7.9-rc7", "The one thing that stands out is the revert of the scheduler change that caused regressions in the last one we did.")]
    [InlineData("7.9-rc7", "There were a couple of regressions with the new allocator, and Vlastimil fixed the last one on Thursday.")]
    [InlineData("7.9-rc7", "In the past, rc7 has often been the last one, but there are exceptions.")]
    // Round 134: releases of other things with their times.
    [InlineData("7.9-rc7", "Git 2.50 will be out next week too, for those who care.")]
    [InlineData("7.9-rc7", "The firmware release from Intel is expected next week, and the driver should work with it.")]
    [InlineData("7.9-rc7", "People who want to get things into 7.10 should have them in linux-next by next weekend.")]
    // Round 141: a fix pushed out next week delays nothing.
    [InlineData("7.14-rc7", "The fix is ready, and I'll push it out next week.")]
    // Round 144: what was said before, with no word on whether it holds ("no surprise" answers nothing); what "this" or
    // "next week" meant a week ago is not read now.
    [InlineData("7.16-rc7", "I said last week that we'd need an rc8. No surprise, the regressions kept coming.")]
    [InlineData("7.16-rc7", "Last week I expected this to be the last rc. Not anymore.")]
    // Round 150: another round of testing is no rc.
    [InlineData("7.21-rc8", "Please give it another round of testing.")]
    // Round 155: "final" and "release" of other things, with their times.
    [InlineData("7.26-rc7", "The final version of the patch series is expected next week.")]
    [InlineData("7.26-rc7", "The final networking pull will come next week, as usual.")]
    [InlineData("7.26-rc7", "The release notes will be written next week by the usual suspects.")]
    // Round 163: more time or more rcs than usual, told of the past or of other things.
    [InlineData("7.31-rc7", "Some drivers needed more time than usual.")]
    [InlineData("7.31-rc7", "The networking fixes are going to need more time.")]
    [InlineData("7.31-rc7", "We had more rcs than usual last time.")]
    [InlineData("7.32-rc7", "I'll make a final push next week.")]
    [InlineData("7.32-rc7", "A final round of testing next week would be good.")]
    [InlineData("7.33-rc4", "Anyway, this is it.")]
    [InlineData("7.33-rc7", "This is it for this week.")]
    [InlineData("7.33-rc7", "The 7.34 release is next.")]
    [InlineData("7.34-rc7", "I fixed the bug blocking the release of the new firmware.")]
    [InlineData("7.34-rc7", "The fixes that came in over the weekend are small.")]
    [InlineData("7.35-rc7", "This is the last week of the merge window.")]
    [InlineData("7.35-rc7", "The final week of the merge window was busy.")]
    [InlineData("7.36-rc7", "The merge window ends here.")]
    [InlineData("7.36-rc7", "We're basically there.")]
    [InlineData("7.36-rc7", "This cycle is about to wrap up.")]
    [InlineData("7.37-rc7", "The networking folks put in overtime.")]
    [InlineData("7.37-rc7", "Please do extra rc testing.")]
    // Round 179: an upper bound past the next rc claims neither way.
    [InlineData("7.39-rc7", "This one won't go past rc8.")]
    [InlineData("7.39-rc7", "Things are on track.")]
    [InlineData("7.43-rc7", "The 7.42 cycle ended with rc8.")]
    [InlineData("7.44-rc7", "I had to push back on the patch.")]
    [InlineData("7.44-rc7", "The fix got pushed back to 7.45.")]
    [InlineData("7.44-rc7", "Your pull will have to wait.")]
    [InlineData("7.44-rc7", "It will have to wait until 7.45.")]
    [InlineData("7.45-rc7", "I tagged the final networking fixes, and next week I'm traveling.")]
    [InlineData("7.45-rc7", "Let's get the final right.")]
    [InlineData("7.46-rc7", "Keep to the schedule for your pull requests, please.")]
    public void Says_nothing_where_Linus_states_nothing(string version, string prose)
    {
        var hint = Read(version, prose);

        Assert.Null(hint.ExpectedNext);
        Assert.Null(hint.ExpectsExtraRc);
        Assert.Null(hint.HintSentence);
    }

    /// <summary>
    /// A release date named as a date ("on January 19th", "on the 26th") is read against the day the mail was sent, in
    /// the sender's own time zone: the Sunday a week on is the final next, two weeks on one more rc. Thirty-sixth round
    /// (2026-12-02, fourth session), written before running them.
    /// </summary>
    [Theory]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "final", 7, "I expect to release 6.13 on January 19th.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "final", 7, "So the plan is 6.13 final on the 19th.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "final", 7, "Unless something comes up, 6.13 will be out Sunday, January 19.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "final", 7, "I'm aiming for a release on 19 January.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "rc8", 8, "I'll be traveling on January 19th, so the release will be on the 26th instead.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "rc8", 8, "The final release is now planned for Jan 26.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "rc8", 8, "The final 6.13 will not be on January 19: we need an rc8.")]
    [InlineData("6.13-rc5", "2024-12-29T15:10:00-08:00", "rc6", 7, "The way things look, 6.13 will be released on January 19th.")]
    [InlineData("6.13-rc7", "2025-01-13T01:30:00+00:00", "final", 7, "I expect the final release on January 19.")]
    // Round 209: "release" opening its sentence.
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "final", 7, "Release is planned for Sunday, January 19.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "rc8", 8, "Release date: January 26.")]
    // Thirty-seventh round (2026-12-02, fourth session), written before running them; null: nothing is read.
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "final", 7, "Final 6.13 expected Jan 19th.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "final", 7, "I'll tag 6.13 on the 19th of January, unless something comes up.")]
    [InlineData("6.13-rc6", "2025-01-05T14:30:00-08:00", "rc7", 7, "Barring surprises: rc7 on January 12th, and the final 6.13 on January 19th.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "rc8", 8, "The rc8 will be out on January 19, and 6.13 a week later.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", null, 0, "Greg will do the stable releases on January 19th.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "final", 7, "Remember that I'm traveling on January 19th, so the final release will be on the 18th instead.")]
    // Forty-sixth round (2026-12-02, fourth session), written before running them.
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "final", 7, "I'm traveling the week after next, so the final 6.13 will be on January 19th regardless.")]
    [InlineData("6.13-rc6", "2025-01-05T14:30:00-08:00", "rc7", 7, "The final release is planned for January 19th, after rc7 next weekend.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "final", 7, "If all goes well, 6.13 is out on Sunday the 19th.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "final", 7, "January 19th: 6.13 final, unless something comes up.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "final", 7, "6.13 final: January 19th, unless something comes up.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "rc8", 8, "I'll do the final release on the 26th, because I'm traveling next weekend.")]
    [InlineData("6.13-rc8", "2025-01-19T14:30:00-08:00", "final", 8, "6.13 final will come out on January 26th as planned.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", "rc8", 9, "Between the holidays and the regressions, I'm now planning the 6.13 release for February 2nd.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", null, 0, "Kernel Recipes submissions close on January 19th.")]
    [InlineData("6.13-rc7", "2025-01-12T14:30:00-08:00", null, 0, "The 6.12 release on December 1st went smoothly.")]
    public void Reads_a_release_date_against_the_day_of_the_mail(string version, string sentOn, string? expectedNext, int expectedLastRc, string prose)
    {
        var hint = ProseReader.Read(KernelVersion.Parse(version), prose, DateTimeOffset.Parse(sentOn, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expectedNext, hint.ExpectedNext);
        Assert.Equal(expectedNext is null ? null : expectedLastRc, hint.ExpectedLastRc);
        Assert.Equal(expectedNext is null ? null : prose, hint.HintSentence);
    }

    [Fact]
    public void A_release_date_says_nothing_without_the_day_of_the_mail()
    {
        Assert.Null(Read("6.13-rc7", "I expect to release 6.13 on January 19th.").ExpectedNext);
    }

    [Fact]
    public void Quotes_the_sentence_that_names_the_extra_rc_before_one_that_only_implies_it()
    {
        var hint = Read("6.6-rc7", "Not hugely so, but enough that I'm not entirely comfortable calling this the final rc. The changes are mostly driver fixes. "
            + "So my current plan is to do an rc8 next weekend, and then the final release the week after that.");

        Assert.Equal(8, hint.ExpectedLastRc);
        Assert.Equal("So my current plan is to do an rc8 next weekend, and then the final release the week after that.", hint.HintSentence);
    }

    [Fact]
    public void A_question_and_its_answer_are_the_hint_sentence_together()
    {
        var hint = Read("6.15-rc7", "Nothing big this week. Will there be an rc8? Probably not. Go test.");

        Assert.Equal("final", hint.ExpectedNext);
        Assert.Equal("Will there be an rc8? Probably not.", hint.HintSentence);
    }

    // A final Linus names for a weekday other than Sunday keeps the day; a weekday of travel, of another step or of the
    // past is not the final's.
    [Theory]
    [InlineData("7.10-rc7", "I'll do the final release on Saturday, since I'm traveling on Sunday.", DayOfWeek.Saturday)]
    [InlineData("7.10-rc7", "I'll release 7.10 next Monday, because I'm on a plane on Sunday.", DayOfWeek.Monday)]
    [InlineData("7.10-rc7", "Things look calm, so expect 7.10 next Saturday.", DayOfWeek.Saturday)]
    [InlineData("7.10-rc7", "The final release will happen on Monday rather than Sunday, as I'll be traveling.", DayOfWeek.Monday)]
    [InlineData("7.10-rc7", "This is the last rc. The final 7.10 will come on Monday, since I'm flying back on Sunday.", DayOfWeek.Monday)]
    [InlineData("7.10-rc7", "I expect the final next week; I'm flying on Monday.", null)]
    [InlineData("7.10-rc7", "The final will be out next weekend, even though I'm on a plane on Saturday.", null)]
    [InlineData("7.10-rc7", "Things look calm, so expect 7.10 next Sunday.", null)]
    [InlineData("7.10-rc7", "I'll do an rc8 on Saturday, since I'm traveling on Sunday.", null)]
    [InlineData("7.10-rc7", "I expect the final next week. The networking fixes came in on Thursday.", null)]
    public void Keeps_the_weekday_named_for_the_final(string version, string prose, DayOfWeek? weekday)
    {
        Assert.Equal(weekday, Read(version, prose).ReleaseWeekday);
    }

    [Fact]
    public void An_ellipsis_before_an_rc_does_not_end_the_sentence()
    {
        var hint = Read("6.15-rc7", "The mm regression is still open. So... rc8. Sorry.");

        Assert.Equal("rc8", hint.ExpectedNext);
        Assert.Equal("So... rc8.", hint.HintSentence);
    }

    [Fact]
    public void Plain_words_outweigh_what_is_only_possible()
    {
        var hint = Read("4.7-rc7", "If the week is quiet, this is the last rc and next Sunday will see the final release. Another rc is always an option if something comes up.");

        Assert.Equal("final", hint.ExpectedNext);
    }

    [Theory]
    [InlineData("I'll decide next weekend whether we need an rc8.", true)]
    [InlineData("If the fix comes in, the final next week; if not, an rc8.", true)]
    [InlineData("I honestly don't know yet whether there will be an rc8.", true)]
    [InlineData("Things look calm, and the shortlog is appended.", false)]
    [InlineData("I expect the final next week.", false)]
    [InlineData("I'll do an rc8.", false)]
    [InlineData("Will there be an rc8? I honestly don't know yet.", true)]
    [InlineData("Is this the last one? Hard to say.", true)]
    [InlineData("I'm still undecided.", true)]
    [InlineData("Things are a bit messy. Who knows.", true)]
    [InlineData("I'll know more next weekend.", true)]
    [InlineData("I'm still waffling about whether to do an rc8.", true)]
    [InlineData("Whether this ends up being the last rc depends on the fs fixes.", true)]
    [InlineData("It's too early to say whether we need an rc8.", true)]
    [InlineData("Let's see how rc7 looks.", true)]
    [InlineData("I wonder whether this will be the last rc.", true)]
    [InlineData("Some people wonder whether this will be the last rc.", false)]
    [InlineData("The decision about rc8 will come next week.", true)]
    [InlineData("The rc8 question is still open, and I'll see how the week goes.", true)]
    [InlineData("Whether we do an rc8 is still an open question.", true)]
    [InlineData("rc8 remains an open question.", true)]
    [InlineData("The decision is still open.", true)]
    [InlineData("It's hard to say whether we need an rc8, but things look calm.", true)]
    [InlineData("I expect the final next weekend, but I'm not sure yet.", true)]
    [InlineData("We'll see how next week goes, but right now I expect to release 4.7 next Sunday.", false)]
    [InlineData("Let's see what the next week brings.", false)]
    // A doubt about something else leaves an earlier plan standing.
    [InlineData("I'm not sure yet whether the mm fix is complete.", false)]
    [InlineData("It's hard to say what caused the ext4 regression.", false)]
    [InlineData("Who knows why the build broke on arm64, but it's fixed now.", false)]
    [InlineData("I'm not sure whether the networking fix is the right one, but it's in.", false)]
    [InlineData("It remains to be seen whether the new scheduler is a win.", false)]
    [InlineData("We'll know more about the drm issue next week.", false)]
    [InlineData("I'm torn between the two fixes for the mm regression.", false)]
    [InlineData("It's too early to tell if the new allocator is faster.", false)]
    // Round 128: waiting to see how the week goes names nothing else.
    [InlineData("I'll wait and see how next week goes.", true)]
    [InlineData("We'll wait and see how things look.", true)]
    // Round 130: what cannot be seen is no doubt.
    [InlineData("I can't see how this affects the release.", false)]
    // Round 158: "Or maybe …" after a plan offers the other way.
    [InlineData("I plan to do the final next week. Or maybe an rc8. We'll see.", true)]
    [InlineData("I plan to do the final next week. Or maybe not.", true)]
    // Round 161: the release (or its timing) called unclear.
    [InlineData("The final release is unclear.", true)]
    [InlineData("The timing of the final release remains uncertain.", true)]
    [InlineData("The release date is still to be determined.", true)]
    // Round 195: a worry about releasing.
    [InlineData("I'm worried about releasing next weekend with this regression open.", true)]
    [InlineData("I'm a bit nervous about releasing next week.", true)]
    [InlineData("I have some concerns about releasing next weekend.", true)]
    // Round 211: waiting before deciding.
    [InlineData("Things look calm. I'm still going to wait and see what happens this week before deciding.", true)]
    [InlineData("I'll wait and see what happens before making the call.", true)]
    // Round 206: "it depends" answering the question.
    [InlineData("So, final next week or rc8? It depends on the btrfs fix.", true)]
    [InlineData("I'm a bit nervous about releasing next week. But I think it will be fine, and the final will be out next Sunday.", false)]
    public void Says_whether_the_next_step_was_left_open(string prose, bool open)
    {
        var hint = Read("4.7-rc7", prose);

        Assert.Equal(open, hint.LeftOpen);
        Assert.Equal(open, hint.OpenSentence is not null);
        Assert.False(open && hint.HintSentence is not null, "an open mail decides nothing");
    }

    [Fact]
    public void Quotes_the_sentence_that_left_the_next_step_open()
    {
        Assert.Equal("Will there be an rc8? I honestly don't know yet.", Read("4.7-rc7", "Things look calm. Will there be an rc8? I honestly don't know yet. Go test.").OpenSentence);
        Assert.Equal("I'll decide next weekend whether we need an rc8.", Read("4.7-rc7", "The networking fix is in. I'll decide next weekend whether we need an rc8.").OpenSentence);
        Assert.Equal("If not, there'll be an rc8.", Read("4.7-rc7", "If the fix comes in, I'll do the final next week. If not, there'll be an rc8.").OpenSentence);
    }

    [Fact]
    public void Travel_holidays_and_late_releases_are_noted()
    {
        var travel = Read("4.7-rc1", "I'll be traveling for a conference from August 22, so the merge window will be shorter. This rc is also a day late.");
        var holiday = Read("4.7-rc3", "With the holidays coming up, expect things to be slow.");
        var forgot = Read("4.7", "I actually forgot to actually cut the release yesterday, so here it is.");

        Assert.NotNull(travel.Travel);
        Assert.Contains("August 22", travel.Travel.Dates);
        Assert.Equal("This rc is also a day late.", travel.Late);
        Assert.StartsWith("With the holidays", holiday.Travel!.Sentence, StringComparison.Ordinal);
        Assert.NotNull(forgot.Late);
    }

    [Theory]
    [InlineData("I'll be on the road for most of next week, so the rc may come out at an odd time.", "next week")]
    [InlineData("I'm travelling the week of August 25th, so expect pull requests to be handled from a laptop.", "August 25th")]
    [InlineData("Because of my trip to Japan on the 3rd of September, the merge window will be shorter.", "3rd of September")]
    [InlineData("I'll be at Plumbers in Vienna from Sep 18 to Sep 20.", "Sep 18 to Sep 20")]
    // Written before running them (2026-12-02).
    [InlineData("I'll be traveling September 25-28, so the merge window will be a bit odd.", "September 25-28")]
    [InlineData("I'm on vacation the first week of October, so rc1 may come a day early.", "first week of October")]
    [InlineData("Next weekend I'm flying to Japan for a conference, so rc5 might be late.", "Next weekend")]
    [InlineData("I'll be at the Maintainers Summit in Tokyo (Dec 10-12), so expect some delays.", "Dec 10-12")]
    [InlineData("With Christmas and New Year's coming up, the merge window will overlap the holidays.", "Christmas")]
    [InlineData("I'll do rc7 on Christmas Eve, but I'll be away with family over the holidays.", "Christmas Eve")]
    [InlineData("I'm traveling later this month, so rc6 and rc7 may end up coming out at odd times.", "later this month")]
    [InlineData("I'm going to be traveling in the middle of July, which may mean that rc5 or rc6 will come out at an odd time.", "middle of July")]
    [InlineData("I'll be on vacation next month, so the merge window will be a bit shorter.", "next month")]
    [InlineData("I'm traveling on the 3rd and 4th of July, but the rc should come out on time.", "3rd and 4th of July")]
    [InlineData("It's Thanksgiving week here in the US, so I expect things to be quiet.", "Thanksgiving")]
    // Second round, written before running them (2026-12-02, second session).
    [InlineData("I'll be traveling for the next two weeks, which means the merge window will be a bit unusual.", "next two weeks")]
    [InlineData("I'll be in Lisbon for the Kernel Summit from October 14 through 17.", "October 14 through 17")]
    [InlineData("I'm leaving on vacation on July 27th, and will be mostly offline until August 10th.", "July 27th")]
    [InlineData("Just a heads-up: I'm travelling Nov 3 - Nov 6, so the rc may be a few hours off.", "Nov 3 - Nov 6")]
    [InlineData("Due to LPC (Sept 18-20), I'll release rc1 early.", "Sept 18-20")]
    [InlineData("I'll be on a plane on Sunday, so rc3 may come out Monday.", "Sunday")]
    [InlineData("Over the Easter weekend I'll be away, so expect a quiet week.", "Easter")]
    [InlineData("I'm at Open Source Summit in Seattle June 23-25.", "June 23-25")]
    [InlineData("The 2nd week of January I'll be traveling.", "2nd week of January")]
    // Third round, written before running them (2026-12-02, third session).
    [InlineData("I'm traveling 9/20-9/23, so expect the rc from a hotel room.", "9/20-9/23")]
    [InlineData("I'll be in Japan between the 5th and the 9th of December.", "5th and the 9th of December")]
    [InlineData("Heads-up: travel next month (mid-October), so rc2 might be a day off.", "mid-October")]
    [InlineData("I'm going to be traveling over the Labor Day weekend.", "Labor Day")]
    [InlineData("I'll be offline from Friday to Tuesday for a family trip.", "Friday to Tuesday")]
    [InlineData("I'm flying out Saturday and back Wednesday.", "Saturday")]
    [InlineData("I'll be at Kernel Recipes in Paris at the end of September.", "end of September")]
    [InlineData("Mid-December I'll be traveling, so the merge window might slip.", "Mid-December")]
    [InlineData("I will be travelling from 12 to 15 March.", "12 to 15 March")]
    // Fourth round, written before running them (2026-12-02, fourth session).
    [InlineData("I'll be traveling the week of Dec 8th.", "Dec 8th")]
    [InlineData("I'm traveling again on the 14th, so rc5 will come from a hotel.", "the 14th")]
    [InlineData("Travel next week: I'm at LPC in Vienna Sept 18–20.", "Sept 18–20")]
    [InlineData("Expect rc4 to be a bit late - I'm flying back from Europe on Monday.", "Monday")]
    [InlineData("I'll be away for a wedding the weekend of June 7-8.", "June 7-8")]
    // Round 90 (2026-12-03): travel ahead in one clause, holidays behind in another; "next Sunday".
    [InlineData("The holidays are over, and I'll be traveling next week.", "next week")]
    [InlineData("I'm going to be on vacation for a week starting next Sunday, so rc7 will come out early.", "next Sunday")]
    // Round 89 (2026-12-03): part of the month without its name.
    [InlineData("I'll be traveling for a conference at the end of the month, so the merge window will be odd.", "end of the month")]
    [InlineData("I'm on vacation from the beginning of next month.", "beginning of next month")]
    [InlineData("I'm traveling from the 3rd to the 6th.", "the 3rd to the 6th")]
    [InlineData("I'm going to be on vacation 12/20 - 1/3.", "12/20 - 1/3")]
    [InlineData("I'll be in Brazil for two weeks starting December 1st.", "December 1st")]
    [InlineData("Since I'll be traveling during the second half of the merge window, please send your pull requests early.", "second half of the merge window")]
    // Fifth round, written before running them (2026-12-02, sixth session).
    [InlineData("I'm off to Plumbers in Tokyo next week, so the rc will be from a hotel.", "next week")]
    [InlineData("My travel schedule: Vancouver Aug 25 through Aug 28, then back home.", "Aug 25 through Aug 28")]
    [InlineData("I'll be traveling for the first week of the merge window, so please send your pull requests early.", "first week of the merge window")]
    [InlineData("I'm on a flight on Sunday the 14th, so rc4 may be late.", "the 14th")]
    [InlineData("Vacation time: I'm away from December 22nd until January 2nd.", "December 22nd until January 2nd")]
    [InlineData("Heads up: I'll be in Australia for LCA the last week of January.", "last week of January")]
    // Seventieth round (whole mails): days of the merge window.
    [InlineData("For the 6.18 merge window, I'll be on the road for the first few days, so please send pull requests early.", "first few days")]
    [InlineData("I'm in Europe this week, so the timing of this release is off by a few hours.", "this week")]
    // Round 113 (2026-12-03): days counted ahead, the week of a day of this month.
    [InlineData("I'll be on the road for the next ten days.", "next ten days")]
    [InlineData("I'll be traveling for the next few days, so rc6 may be late.", "next few days")]
    [InlineData("I'm traveling the week of the 20th.", "the week of the 20th")]
    [InlineData("I'll be at the Maintainers Summit the week after next.", "the week after next")]
    // Round 115: a month named whole after "this / next / in" (6.16's "multiple family events this August" had no date).
    [InlineData("I have multiple family events this August, so I'll be traveling for half the month.", "this August")]
    [InlineData("I'll be traveling in May, but that may not matter.", "in May")]
    // Round 128: a wish beside the travel does not hide it.
    [InlineData("Merry Christmas, and I'll be traveling next week.", "next week")]
    // Round 132: being offline is travel too.
    [InlineData("I'll be offline for most of next week, hiking.", "next week")]
    [InlineData("I'm going to be mostly offline next week, so pull requests may sit for a while.", "next week")]
    // Round 147: travel beside a denial of something else, and ranges of dates.
    [InlineData("I'm not at home: I'll be traveling next week.", "next week")]
    [InlineData("I'll be traveling Dec 20 - Jan 3, so the merge window will be a bit odd.", "Dec 20 - Jan 3")]
    [InlineData("I'll be away from the 3rd until the 10th.", "the 3rd until the 10th")]
    // Round 153: "the following week".
    [InlineData("I'm at a conference the following week.", "the following week")]
    // Round 166: "this coming weekend", leaving for a place, "I'll be gone".
    [InlineData("I'll be traveling this coming weekend, so rc5 will likely come from an airport.", "this coming weekend")]
    [InlineData("I'm leaving for Japan on Thursday.", "Thursday")]
    [InlineData("I'll be gone for two weeks starting next Friday.", "next Friday")]
    // Round 213: a range of days of the month, "I'm away".
    [InlineData("I'll be in Japan between the 5th and the 12th.", "the 5th and the 12th")]
    [InlineData("I'm away Dec 24th through Jan 2nd.", "Dec 24th through Jan 2nd")]
    [InlineData("I'll be on vacation 2025-07-14 to 2025-07-20.", "2025-07-14 to 2025-07-20")]
    public void Travel_is_read_with_the_dates_it_names(string prose, string date)
    {
        var hint = Read("4.7-rc5", prose);

        Assert.Equal(prose, hint.Travel?.Sentence);
        Assert.Contains(date, hint.Travel!.Dates);
    }

    // Round 159: travel told in the present is travel, whatever else the clause tells of the past.
    [Theory]
    [InlineData("Slightly delayed rc5, because I'm on the road and the hotel wifi was bad.")]
    [InlineData("I'm at a conference and the wifi was spotty, so this is short.")]
    // Round 194: away now.
    [InlineData("I left for Japan this morning, so the next rc may be late.")]
    public void Travel_told_in_the_present_is_travel(string prose)
    {
        Assert.Equal(prose, Read("4.7-rc5", prose).Travel?.Sentence);
    }

    [Theory]
    [InlineData("The fix for the data plane will be in rc8.")]
    [InlineData("I'll be in touch with the ext4 people about it.")]
    [InlineData("I'll be in a better position to decide next week.")]
    // Round 166: "leaving" and "gone" that are not travel.
    [InlineData("I'm leaving this for Greg to handle.")]
    [InlineData("The bug will be gone next week.")]
    [InlineData("The next rc will come out on Sunday as usual, 9/20 or so.")]
    // Written before running them (2026-12-02, sixth session): travel words that are not Linus travelling.
    [InlineData("The trip through the scheduler code was painful.")]
    [InlineData("The holidays meant a very quiet week, which is not unexpected. rc6 is tiny.")]
    [InlineData("There was some discussion at the Maintainers Summit about the rc process.")]
    // Sixty-ninth round (whole mails, 2026-12-02, seventh session): the holidays of a plan already carried out.
    [InlineData("I said last week that I'd do an rc8 because of the holidays, and that's what happened.")]
    // Ninetieth round (whole mails, 2026-12-03): holidays behind, told in the clause around them.
    [InlineData("Things have calmed down nicely after the holidays, and rc7 looks normal.")]
    [InlineData("So this is the rc8 I announced back before the holidays, and it's small, as expected.")]
    [InlineData("I know some people were expecting an rc8 because of the holiday break, but I don't think it's needed.")]
    [InlineData("Two weeks have passed, Christmas is over, and so is the merge window.")]
    [InlineData("The holidays are behind us, and things are picking up again.")]
    [InlineData("Thanks to everybody who sent their pull requests early: we all wanted to get things done before the holidays.")]
    [InlineData("So as expected, this is a tiny rc - there really hasn't been a lot going on during the holidays.")]
    [InlineData("I'm in Git maintenance mode today.")]
    // Round 128: holidays wished to the readers.
    [InlineData("Happy new year! Things look calm.")]
    [InlineData("Merry Christmas, everybody.")]
    [InlineData("I hope everybody has a good Thanksgiving.")]
    [InlineData("Enjoy the holidays, and go test rc5.")]
    // Round 132: offline work is no travel.
    [InlineData("The fix was done offline by the networking people.")]
    // Round 147: travel denied.
    [InlineData("I'm not traveling this time, so the merge window will be normal.")]
    [InlineData("I won't be traveling, so the merge window will be the usual two weeks.")]
    [InlineData("No travel for me this cycle.")]
    // Round 194: travel that is over.
    [InlineData("I'm a day late with rc7, because I spent yesterday travelling back from the Linux Plumbers Conference in Vienna.")]
    [InlineData("I flew back from Japan yesterday.")]
    public void Is_no_travel_without_a_word_of_travel(string prose)
    {
        Assert.Null(Read("4.7-rc5", prose).Travel);
    }

    [Theory]
    [InlineData("Sorry, this is a bit late - I got distracted by a boot problem.")]
    [InlineData("This release comes a day later than usual because I was flying back home.")]
    [InlineData("I forgot to push out the tag on Sunday, so here it is on Monday.")]
    [InlineData("The rc is delayed by a day because of my travel.")]
    // A second round, written before running it (2026-12-02, fourth session).
    [InlineData("I'm a day late with this rc because I was on a plane all of Sunday.")]
    [InlineData("Sorry for the delay - rc4 comes out on Monday this time.")]
    [InlineData("This rc is out a few hours later than usual.")]
    [InlineData("I'm releasing this on Monday rather than Sunday because of travel.")]
    [InlineData("Oops, I forgot to send this announcement yesterday.")]
    // A third round, written before running it (2026-12-02, sixth session).
    [InlineData("Yes, this is a day late, I was busy with family stuff yesterday.")]
    [InlineData("rc3 is out, late on Monday instead of Sunday because of a power outage.")]
    [InlineData("I totally forgot to tag this yesterday.")]
    [InlineData("Apologies for the late rc this week.")]
    // A fourth round (2026-12-03).
    [InlineData("Sorry this is a few hours late, I was out with the family.")]
    [InlineData("I'm doing this on Monday because of the Labor Day weekend.")]
    [InlineData("I'm a bit behind schedule this week.")]
    [InlineData("Apologies for the delay, my flight got cancelled.")]
    // A fifth round, written before running it (2026-12-03): 4 of 6 unread, and one of 5 below read as late.
    [InlineData("I'm a day late with rc4, since I was traveling back from LPC yesterday.")]
    [InlineData("This is coming out Monday morning instead of Sunday afternoon, because of a flight.")]
    [InlineData("Slightly delayed rc this week: I had a power outage.")]
    [InlineData("rc2 is a bit later than usual, because I spent the day hiking.")]
    [InlineData("Sorry, I'm late.")]
    [InlineData("Better late than never: here's rc5.")]
    [InlineData("The release is a bit delayed because I wanted to wait for one more fix.")]
    [InlineData("This rc is slightly delayed, since I was out all day.")]
    // Round 115 (2026-12-03), after 2.6.20-rc2's opening was read as a delay of the release.
    [InlineData("Ok, it's a couple of days delayed, because we were chasing a filesystem corruption.")]
    [InlineData("It's two days late, I was stuck at an airport.")]
    // Round 117: an rc delayed by a short while.
    [InlineData("I delayed the rc by a few hours because I wanted the drm fix in.")]
    [InlineData("I delayed rc5 by a day, since I was traveling.")]
    // Round 124: an rc that comes out on a Monday.
    [InlineData("This rc comes out on Monday, since I was at a wedding all weekend.")]
    // Round 125.
    [InlineData("My travel made this rc a bit late.")]
    // Round 132: lateness in other words.
    [InlineData("So this rc is about 24 hours late, but nothing bad happened: I just got distracted.")]
    [InlineData("It's Monday, not Sunday, but here's rc4 anyway.")]
    // Round 159: lateness in other words, written before running them (5 of 9 unread).
    [InlineData("Yes, I know, it's Tuesday.")]
    [InlineData("I'm a day behind this week, since I spent Sunday debugging a boot hang.")]
    [InlineData("This should have gone out yesterday, but I fell asleep.")]
    [InlineData("Monday release instead of Sunday, as I was out on the boat.")]
    [InlineData("Slightly delayed rc5, because I'm on the road and the hotel wifi was bad.")]
    // Round 190: late like another rc.
    [InlineData("Last week's rc was late too, and so is this one.")]
    [InlineData("This rc is a day late, like last time.")]
    [InlineData("This rc is a day late, and the final will be on time.")]
    public void Late_releases_are_read(string prose)
    {
        Assert.Equal(prose, Read("4.7-rc5", prose).Late);
    }

    [Theory]
    [InlineData("Things have been late in the week, but the rc itself is normal.")]
    [InlineData("Most of the late fixes are in networking.")]
    [InlineData("Some late-breaking fixes to networking are included.")]
    [InlineData("The late rc fixes are mostly in drivers.")]
    [InlineData("The fixes came in later than usual this week, but nothing is worrying.")]
    [InlineData("The late merge of the networking tree caused some churn.")]
    [InlineData("The fixes came in a few hours late, but they're small.")]
    [InlineData("The networking fixes are behind schedule, but they'll be in rc8.")]
    [InlineData("Some late fixes came in for networking.")]
    [InlineData("The delay in the drm pull was due to a merge conflict.")]
    [InlineData("I expect the final to be delayed by a week.")]
    [InlineData("Late rc's tend to be bigger.")]
    [InlineData("I'm late to the party on this regression, but I think the fix is right.")]
    // Round 159: what is not late, or is behind on something else.
    [InlineData("Nothing is late this week.")]
    [InlineData("Not much is late this time.")]
    [InlineData("It's Tuesday's fix that broke things.")]
    [InlineData("I'm a bit behind on email, so if I missed your pull, please resend.")]
    [InlineData("We're a week behind on the documentation updates.")]
    [InlineData("The final release is delayed by a week.")]
    [InlineData("The release is delayed until the btrfs fix lands.")]
    [InlineData("rc6 comes out on Monday, as I'll be traveling.")]
    // Round 190: another cycle or rc late.
    [InlineData("The release was late last time, but this time it's on time.")]
    [InlineData("The previous rc was a day late, and this one is on time.")]
    // Round 205: a lateness still to come.
    [InlineData("Since I'm traveling, the final may come a day late.")]
    [InlineData("The next rc will be a day late, since I'm traveling.")]
    public void Late_fixes_are_not_a_late_release(string prose)
    {
        Assert.Null(Read("4.7-rc5", prose).Late);
    }
}
