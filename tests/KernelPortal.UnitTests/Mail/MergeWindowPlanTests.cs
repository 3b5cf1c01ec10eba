using KernelPortal.Core.Releases;
using KernelPortal.Ingestion.Mail;

namespace KernelPortal.UnitTests.Mail;

/// <summary>
/// What a release mail plans for the next merge window. Sentences written for these tests in the way Linus writes his
/// release mails (none is copied from a real one), with their readings written down before they were first run.
/// </summary>
public class MergeWindowPlanTests
{
    [Theory]
    [InlineData("I'll be traveling during the second week of the merge window, but I'll still close it after the usual two weeks.", 14)] // round 598
    [InlineData("The merge window is open, and I'll still close it after the usual two weeks.", 14)] // round 598
    [InlineData("The merge window is open, but I'll close it after the usual two weeks.", 14)] // round 598
    [InlineData("Merge window is open; two weeks as usual.", 14)] // round 598
    [InlineData("Merge window is open; two weeks as per usual.", 14)] // round 598
    [InlineData("Merge window is open. Two weeks as per usual.", 14)] // round 598
    [InlineData("The merge window is open, two weeks as per usual.", 14)] // round 598
    [InlineData("The merge window is open; the usual two weeks.", 14)] // round 598
    [InlineData("The merge window is open; three weeks this time, because of the holidays.", 21)] // round 598
    [InlineData("The merge window for 6.8 is open, and as per usual it will be two weeks.", 14)] // round 598
    [InlineData("So 6.7 is out, and the merge window for 6.8 is now open. The usual two weeks, although with the holidays I may be a bit slower to merge things.", 14)] // round 598
    [InlineData("The holidays are coming up, so I'm going to make this merge window three weeks long.", 21)] // round 598
    [InlineData("I'm extending the merge window by a week because of LPC.", 21)] // round 598
    [InlineData("This will be a short merge window: one week only, since I'm out the week after.", 7)] // round 598
    [InlineData("With the holiday season, rc1 will be out in three weeks rather than the usual two.", 21)] // round 598
    [InlineData("No change to the merge window schedule: rc1 in two weeks.", 14)] // round 598
    [InlineData("Because of my travel, the merge window for 7.4 will be three weeks this time.", 21)]
    [InlineData("The merge window will be three weeks long, since I'm at LPC in the middle of it.", 21)]
    [InlineData("So this is going to be a three-week merge window, with rc1 on the 14th.", 21)]
    [InlineData("We'll have a three week merge window, because of the holidays.", 21)]
    [InlineData("I'll do rc1 in three weeks rather than the usual two.", 21)]
    [InlineData("So expect rc1 in three weeks' time.", 21)]
    [InlineData("rc1 will come out in three weeks, not two.", 21)]
    [InlineData("The 7.4 merge window is going to be a week longer than usual, since I'm on vacation for the first week.", 21)]
    [InlineData("I'll extend the merge window by a week to make up for the travel.", 21)]
    [InlineData("There will be an extra week of merge window this time around.", 21)]
    [InlineData("I'll close the merge window after just one week, since I'd like rc1 out before Christmas.", 7)]
    [InlineData("I'll be closing the merge window after just one week, since I'm traveling the week after.", 7)]
    [InlineData("I'm closing the merge window after one week this time, because of LPC.", 7)]
    [InlineData("The merge window will be a week shorter than usual.", 7)]
    [InlineData("I'm going to close the merge window a week early because of the holidays.", 7)]
    [InlineData("This will be a one-week merge window, so please send your pull requests early.", 7)]
    [InlineData("The merge window will be only one week, since I'll be off for the holidays after that.", 7)]
    [InlineData("The merge window will be a couple of days shorter, with rc1 on Friday.", 12)]
    [InlineData("The merge window will be the usual two weeks, despite the conference.", 14)]
    // Round two, written after the first passed.
    [InlineData("The 7.4 merge window will run for three weeks because of the holidays.", 21)]
    [InlineData("rc1 will be on Sunday the 21st, so the merge window is three weeks this time.", 21)]
    [InlineData("Expect a three-week merge window.", 21)]
    [InlineData("I'm planning on a three-week merge window, since half of it is LPC.", 21)]
    [InlineData("rc1 will be a week late, since I'm offline for the second week.", 21)]
    [InlineData("Since the holidays are coming, I'm going to make this a one-week merge window.", 7)]
    [InlineData("rc1 will be out two weeks from today, as usual.", 14)]
    // Round 293 (docs/prose-rounds.md).
    [InlineData("So the merge window for 6.20 is open, and I'll be traveling the second week, so I'm going to make this a three-week merge window.", 21)]
    [InlineData("I'll probably extend the merge window by a week, since I'm away for the first half.", 21)]
    [InlineData("The plan is to do rc1 on January 5th, three weeks from now.", 21)]
    [InlineData("rc1 will thus be in two weeks as usual.", 14)]
    [InlineData("We'll do the usual two-week merge window, but I might be slower responding during the second week.", 14)]
    [InlineData("Expect the merge window to be three weeks this time, since LPC is in the middle of it.", 21)]
    [InlineData("As I mentioned in the rc7 announcement, I'm going to do a one-week merge window because of travel.", 7)]
    [InlineData("rc1 is going to be out in three weeks rather than two.", 21)]
    [InlineData("The merge window is going to be extended by a week because of the conference.", 21)]
    // Round 304.
    [InlineData("So the merge window is open, and it will be a three-week one this time: I'm at Plumbers the second week.", 21)]
    [InlineData("I'll keep the merge window to the usual two weeks even though I'm traveling.", 14)]
    [InlineData("Expect rc1 on January 7th, which makes this a three-week merge window.", 21)]
    [InlineData("I'm going to close the merge window a week early, so please have your pull requests ready by the end of this week.", 7)]
    [InlineData("The merge window is going to be one week only, since I'd rather not have it overlap Christmas.", 7)]
    [InlineData("rc1 will come out in two weeks, as always.", 14)]
    [InlineData("Since I'll be offline for most of the second week, rc1 will probably be out after three weeks.", 21)]
    [InlineData("The 7.5 merge window will last three weeks.", 21)]
    // Round 318: a length told of the past and taken up again ("let's do that again") is planned.
    [InlineData("Last year we did a three-week merge window over the holidays, and it worked well, so let's do that again.", 21)]
    [InlineData("Last time we had a three-week merge window it worked out fine, and that's the plan again this time.", 21)]
    [InlineData("The 3.13 merge window lasted three weeks, and I'll do the same this time.", 21)]
    // Round 325: "make this merge window …", "keep it the normal two weeks", "close it" after the merge window is named.
    [InlineData("With the holidays coming up, I'm going to make this merge window three weeks, and rc1 will be out on January 11th.", 21)]
    [InlineData("Because of LPC, the merge window will be a bit shorter than usual: I'll close it after just one week.", 7)]
    [InlineData("I'm going to keep the merge window the normal two weeks, even though it overlaps with the holidays.", 14)]
    [InlineData("Let's make this merge window a week shorter.", 7)]
    [InlineData("Let's make the next merge window a week longer, since half the maintainers are at Plumbers.", 21)]
    [InlineData("The merge window will close in three weeks, because of the holidays.", 21)]
    [InlineData("The merge window will probably end after two weeks as usual.", 14)]
    // Round 326: "it will be three (weeks)" of the merge window named in its sentence.
    [InlineData("Normally the merge window is two weeks, but this time it will be three.", 21)]
    [InlineData("The merge window opens now, and it's going to be two weeks long as usual.", 14)]
    [InlineData("Please don't expect rc1 in two weeks: I'll be gone, and it will be three.", 21)] // left in round 293
    // Round 335: kept open for a length, and a fragment.
    [InlineData("With the holidays coming up, I'll keep the merge window open for three weeks this time.", 21)]
    [InlineData("The merge window will stay open for three weeks, since I'm traveling.", 21)]
    [InlineData("Normal two-week merge window, in spite of the Plumbers conference.", 14)]
    [InlineData("A long three-week merge window this time, because of the holidays.", 21)]
    [InlineData("As usual, the merge window is two weeks, so please send your pull requests early.", 14)]
    // Round 375: a length after an adjective ("a short one-week merge window"), kept open for an extra week.
    [InlineData("I'm going to do a short one-week merge window, so anything that isn't ready by Friday waits for 6.18.", 7)]
    [InlineData("Because of Thanksgiving and my travel, the merge window will stay open for an extra week.", 21)]
    [InlineData("I'll keep the merge window open for an extra week this time, since I'm at LPC.", 21)]
    // Round 394: "it will be / it's the usual two weeks" of the merge window just named, "will only be one week long".
    [InlineData("The merge window for 6.22 is open, and it will be the usual two weeks.", 14)]
    [InlineData("I'll be traveling the second week, so the 6.22 merge window will only be one week long: please have your pull requests ready early.", 7)]
    [InlineData("I know some people asked whether I'd shorten the merge window because of LPC, but no, it's the normal two weeks.", 14)]
    [InlineData("The merge window will only be a week this time.", 7)]
    // Round 404: "close it two weeks from now", "rc1 will be out next Sunday", "rc1 is expected in two weeks", a past
    // length "over the holidays" taken up again.
    [InlineData("So the merge window for 6.22 is now open, and I expect to close it two weeks from now as usual.", 14)]
    [InlineData("I'm cutting the merge window short this time: rc1 will be out next Sunday.", 7)]
    [InlineData("The merge window is open, the usual rules apply, and rc1 is expected in two weeks.", 14)]
    [InlineData("Last year the merge window over the holidays was three weeks, and I'll do that again this year.", 21)]
    // Round 411: "it will run the usual two weeks", "the usual length", "the usual two weeks of merge window".
    [InlineData("The merge window for 6.22 is open, and it will run the usual two weeks.", 14)]
    [InlineData("The merge window is open, and it'll take the usual two weeks.", 14)]
    [InlineData("The merge window will be the usual length unless something comes up.", 14)]
    [InlineData("The merge window will have its usual length.", 14)]
    [InlineData("I'll do the usual two weeks of merge window, and then rc1.", 14)]
    [InlineData("I'll do three weeks of merge window, because of the holidays.", 21)]
    // Round 412: fragments ("Two weeks of merge window starting now", "Just a one-week merge window this time"), the
    // length after "longer than usual:", and the close told after "is open and".
    [InlineData("Two weeks of merge window starting now.", 14)]
    [InlineData("Just a one-week merge window this time, sorry.", 7)]
    [InlineData("Only a one-week merge window, because of my travel.", 7)]
    [InlineData("The merge window will be longer than usual: three weeks, since I'll be gone over Christmas.", 21)]
    [InlineData("The 6.22 merge window is open and will close in two weeks.", 14)]
    // Round 413: "short: one week", "As always, two weeks of merge window", "Merge window is open, two weeks as usual".
    [InlineData("The merge window is now open, and as usual I expect it to last two weeks.", 14)]
    [InlineData("The 6.22 merge window will be short: one week.", 7)]
    [InlineData("As always, two weeks of merge window, then the rc's.", 14)]
    [InlineData("Merge window is open, two weeks as usual.", 14)]
    // Round 414: "an extra week in the merge window", the weeks after a colon that follows the merge window.
    [InlineData("Because of the holidays, we'll have an extra week in the merge window.", 21)]
    [InlineData("Regular merge window rules apply: two weeks, and get your pull requests in early.", 14)]
    [InlineData("A short merge window this time: just one week, since I'll be on vacation after that.", 7)]
    // Round 417: "Expect the usual two-week merge window", open "for the next two weeks", "Two weeks from now, rc1",
    // "closes next Sunday".
    [InlineData("Expect the usual two-week merge window.", 14)]
    [InlineData("The merge window is open for the next two weeks.", 14)]
    [InlineData("Two weeks from now, rc1.", 14)]
    [InlineData("Two weeks from now, rc1 will be out.", 14)]
    [InlineData("Merge window closes next Sunday.", 7)]
    [InlineData("rc1 won't be in two weeks: it will be in three, because of the holidays.", 21)]
    // Round 421: closing "on schedule, two weeks from now", a merge window that "will stretch over" three weeks.
    [InlineData("I'll close the merge window on schedule, two weeks from now.", 14)]
    [InlineData("The merge window will stretch over three weeks this time, with the holidays in the middle.", 21)]
    // Round 424: "with the usual two-week schedule", "closes two weeks from today", "cut short to one week",
    // "I'm extending the merge window by a week", "merge window open, three weeks".
    [InlineData("So the merge window for 6.22 is open, with the usual two-week schedule.", 14)]
    [InlineData("The merge window closes two weeks from today.", 14)]
    [InlineData("The merge window will be cut short to one week.", 7)]
    [InlineData("I'm extending the merge window by a week because of the holidays.", 21)]
    [InlineData("So: merge window open, three weeks, then rc1.", 21)]
    // Rounds 425–427: the general reading (ProseReader.MergeWindowTie), a length tied to the merge window or rc1 by
    // any verb: "we're doing a three-week merge window", "I'm giving the merge window an extra week", "rc1 will slip by
    // a week", "I'll add a week to the merge window", "rc1 won't happen until three weeks from now".
    [InlineData("The merge window is going to be three weeks rather than two, because I'll be on the road for the middle week.", 21)]
    [InlineData("I'm going to keep this merge window short, just one week, since the second week is Christmas.", 7)]
    [InlineData("The merge window is now open, and rc1 will happen two weeks from now.", 14)]
    [InlineData("Because of the holidays, you get three weeks of merge window this time.", 21)]
    [InlineData("I'm giving the merge window an extra week because of the holidays.", 21)]
    [InlineData("This time the merge window is only a week long.", 7)]
    [InlineData("Plan on rc1 three weeks from now rather than the usual two.", 21)]
    [InlineData("The merge window is open, and it closes in two weeks as usual.", 14)]
    [InlineData("We're doing a three-week merge window this time because of LPC.", 21)]
    [InlineData("The merge window will be a short one this time: one week.", 7)]
    [InlineData("rc1 is going to be delayed by a week due to my travel.", 21)]
    [InlineData("I'll be doing rc1 three weeks from now, on January 11th.", 21)]
    [InlineData("As per usual, we have two weeks of merge window ahead of us.", 14)]
    [InlineData("I'm going to shorten the merge window to one week.", 7)]
    [InlineData("The merge window gets an extra week this time, so rc1 will be on January 11th.", 21)]
    [InlineData("So the two-week merge window starts now.", 14)]
    [InlineData("Next merge window: three weeks, due to the holidays.", 21)]
    [InlineData("I'll be cutting the merge window to a single week because I'm traveling the second week.", 7)]
    [InlineData("So the 6.23 merge window will be a three-week affair.", 21)]
    [InlineData("The merge window is open, and the plan is for rc1 in two weeks, as always.", 14)]
    [InlineData("I'm planning to keep the merge window open for three weeks.", 21)]
    [InlineData("Normal rules: two-week merge window, then rc1.", 14)]
    [InlineData("I've decided to make the merge window three weeks long this time, with LPC in the middle.", 21)]
    [InlineData("The merge window this time around will be just one week.", 7)]
    [InlineData("Given the timing with the holidays, rc1 will slip by a week.", 21)]
    [InlineData("We're back to a regular two-week merge window this time.", 14)]
    [InlineData("Heads up: this merge window will only last a week.", 7)]
    [InlineData("I'm stretching the merge window to three weeks to cover the holidays.", 21)]
    [InlineData("The merge window is open, and will run its usual two weeks.", 14)]
    [InlineData("So it's going to be a three week merge window, with rc1 on January 11th.", 21)]
    [InlineData("Please note that the merge window is a single week this time.", 7)]
    [InlineData("Due to the holidays, expect the merge window to take three weeks.", 21)]
    [InlineData("The usual two weeks of merge window start now.", 14)]
    [InlineData("I'll add a week to the merge window because I'm at Plumbers.", 21)]
    [InlineData("rc1 will come a week early, next Sunday, as I'm traveling after that.", 7)]
    [InlineData("I'm going to give everybody three weeks of merge window this time.", 21)]
    [InlineData("Standard two-week merge window, as always.", 14)]
    [InlineData("The merge window will be three weeks, not the usual two.", 21)]
    [InlineData("rc1 won't happen until three weeks from now.", 21)]
    [InlineData("So a short merge window: one week, then rc1.", 7)]
    [InlineData("The 6.23 merge window is going to run long: three weeks, because of the holidays.", 21)]
    [InlineData("Expect a short merge window, one week only, since I'm traveling after that.", 7)]
    [InlineData("Nothing special about this merge window: two weeks, then rc1.", 14)]
    [InlineData("rc1 will be pushed out by a week, to January 11th.", 21)]
    [InlineData("I'm going to leave the merge window open an extra week.", 21)]
    [InlineData("So this merge window is a one-week affair, sorry about that.", 7)]
    [InlineData("Two weeks for the merge window, as usual.", 14)]
    [InlineData("The plan: a three-week merge window, then the usual rc's.", 21)]
    [InlineData("We'll do a quick one-week merge window and then see.", 7)]
    [InlineData("The merge window, because of LPC, will be three weeks.", 21)]
    [InlineData("I'm keeping the merge window at two weeks, despite the conference.", 14)]
    [InlineData("You'll have three weeks of merge window this time, so no excuses for late pull requests.", 21)]
    [InlineData("rc1 is now planned for three weeks from today.", 21)]
    [InlineData("This is going to be a one week merge window.", 7)]
    // Round 428, written after the shapes the general reading covers were taken out of ProseReader.MergeWindowLength;
    // the last row was read by such a shape before (round 421).
    [InlineData("Heads up: I'm making this a three-week merge window, since the second week is Christmas.", 21)]
    [InlineData("The merge window will close after a single week this time.", 7)]
    [InlineData("As is tradition, the merge window lasts two weeks.", 14)]
    [InlineData("rc1 gets pushed back by a week because of LPC.", 21)]
    [InlineData("Merge window: one week only.", 7)]
    [InlineData("The merge window will end three weeks from now, on January 11th.", 21)]
    [InlineData("So we're back to the regular two weeks for the merge window.", 14)]
    [InlineData("I've decided that rc1 will come out after three weeks instead of two.", 21)]
    [InlineData("Just one week for the merge window, then.", 7)]
    [InlineData("I'll give maintainers an extra week of merge window over the holidays.", 21)]
    [InlineData("rc1 two weeks from now, as usual.", 14)]
    [InlineData("The 6.23 merge window is thus a three-week one.", 21)]
    [InlineData("I'm cutting this merge window down to one week.", 7)]
    [InlineData("We'll have the merge window run for three weeks.", 21)]
    [InlineData("The merge window, as always, is two weeks.", 14)]
    [InlineData("The merge window gets three weeks this time because of Plumbers.", 21)]
    [InlineData("So the 6.22 merge window is open, but it's going to be a three-week one, because of the holidays.", 21)]
    // Rounds 431 and 432: "it" for the merge window named before it in the sentence; round 350's "as usual it will be".
    [InlineData("The 6.23 merge window is open, and I'm going to cut it short to a single week.", 7)]
    [InlineData("The merge window is now open, and I'll keep it open for three weeks.", 21)]
    [InlineData("The merge window for 6.17 is now open, and as usual it will be two weeks.", 14)]
    // Round 433: "a single week of merging", "won't close until three weeks from now", "runs the usual two weeks";
    // "Once rc1 is out in two weeks, I'll be traveling" takes rc1 in two weeks for granted.
    [InlineData("I'm planning on three weeks of merge window, with rc1 landing on January 11th.", 21)]
    [InlineData("The merge window opens today and runs the usual two weeks.", 14)]
    [InlineData("This time, rc1 comes after just a single week of merging.", 7)]
    [InlineData("We're going with a three-week merge window, since most of Europe is off for the holidays.", 21)]
    [InlineData("The merge window won't close until three weeks from now.", 21)]
    [InlineData("The merge window has started, and I'll wrap it up in two weeks.", 14)]
    [InlineData("I intend to tag rc1 one week from today.", 7)]
    [InlineData("rc1 will be tagged three weeks from today, on the 11th.", 21)]
    [InlineData("Once rc1 is out in two weeks, I'll be traveling.", 14)]
    // Round 434: "the usual fortnight", "fourteen days", "expect rc1 next Sunday", "this one will be the normal two", "the
    // usual two weeks it is".
    [InlineData("Merge window is open as of now, and I expect to be closing it in the usual fortnight.", 14)]
    [InlineData("So the merge window for 6.7 starts now, with rc1 expected in fourteen days.", 14)]
    [InlineData("The merge window will be a short one: I'm traveling the second week, so expect rc1 next Sunday.", 7)]
    [InlineData("Last merge window was three weeks because of LPC; this one will be the normal two.", 14)]
    [InlineData("I don't think we need a longer merge window this time, so the usual two weeks it is.", 14)]
    [InlineData("Because of the Thanksgiving holiday in the US, I'll keep the merge window open an extra week.", 21)]
    [InlineData("The merge window is going to be longer this time - three weeks rather than two.", 21)]
    [InlineData("rc1 will slip by one week due to my travel.", 21)]
    [InlineData("I plan to cut rc1 a week early, since I'll be on a plane on the 26th.", 7)]
    [InlineData("The 6.7 merge window will be 3 weeks long.", 21)]
    [InlineData("The merge window runs for 21 days this time, because of the holidays.", 21)]
    [InlineData("rc1 in two weeks, then.", 14)]
    // Round 438: "a third week"; a plan made "after thinking about it".
    [InlineData("I'll give the 6.8 merge window a third week.", 21)]
    [InlineData("After thinking about it, I'm making the merge window three weeks.", 21)]
    // Round 448: a bare count after the weeks named before it, with "I'll do".
    [InlineData("Normally I'd do a two-week merge window, but with the holidays coming up I'll do three.", 21)]
    // Rounds 448 and 454: the usual length kept, said as a change denied.
    [InlineData("I won't be doing a shortened merge window this time, despite the travel.", 14)]
    [InlineData("Nothing unusual planned for the merge window.", 14)]
    [InlineData("I'm not planning on any changes to the usual merge window schedule.", 14)]
    [InlineData("I won't be extending the merge window this time, despite the travel.", 14)]
    [InlineData("No changes to the merge window this time.", 14)]
    [InlineData("I'm not going to change the merge window because of the holidays.", 14)]
    [InlineData("I'm not going to extend the merge window, even though I'm traveling.", 14)]
    [InlineData("I'm not extending the merge window by a week this time.", 14)]
    [InlineData("I won't be shortening the merge window; it will be three weeks because of the holidays.", 21)]
    // Round 464: a clause of nothing but the length concludes what the sentence says of the merge window.
    [InlineData("The merge window for 6.9 starts now, and I'll be around for all of it, so the usual two weeks.", 14)]
    [InlineData("The merge window for 6.9 starts now, and I'll be around for all of it, so two weeks as usual.", 14)]
    [InlineData("The merge window for 6.9 starts now, but I'm traveling for the second week and want to give people slack, so three weeks this time.", 21)]
    // Round 472: the usual schedule kept, in a sentence that names the merge window.
    [InlineData("So the merge window for 6.11 is open, and I'll be following the usual schedule.", 14)]
    [InlineData("The merge window for 6.11 is open, and we're sticking to the usual schedule.", 14)]
    // Round 474: the length before what will be done with rc1.
    [InlineData("Two weeks from now we'll have rc1.", 14)]
    [InlineData("In three weeks we'll have rc1.", 21)]
    // Round 482: a sentence of nothing but the length after the one that names the merge window.
    [InlineData("So 6.16 is out, and with that the merge window for 6.17 is open. The usual two weeks, and as usual I'd appreciate getting pull requests early rather than late.", 14)]
    [InlineData("The merge window for 6.17 is open, but I'll be on a family trip for the first week of it, so I'll keep it open for three weeks rather than the usual two.", 21)]
    [InlineData("The merge window for 6.17 is open. I'll be traveling during the second week, but it will still be the normal two weeks: I'll have my laptop and a reasonable internet connection.", 14)]
    [InlineData("Because of the holidays, I'll only keep the 6.17 merge window open for a week.", 7)]
    [InlineData("Let's keep to the regular two-week merge window, and rc1 will be out on August 10th.", 14)]
    [InlineData("I'm going to do a three-week merge window this time, since the Maintainers Summit is right in the middle of it.", 21)]
    [InlineData("So 6.16 is out, and with that the merge window for 6.17 is open. The usual two weeks.", 14)]
    [InlineData("The merge window for 6.17 is open. The usual two weeks, and please send early.", 14)]
    [InlineData("The merge window for 6.17 is open. Two weeks, as usual.", 14)]
    [InlineData("The merge window for 6.17 is open. It will be the usual two weeks.", 14)]
    [InlineData("The merge window for 6.17 is open. Three weeks this time, because of the holidays.", 21)]
    [InlineData("The 6.17 merge window starts now. Just one week this time, since I'm away after that.", 7)]
    [InlineData("Two weeks, then rc1.", 14)]
    [InlineData("Merge window time again. The usual two weeks.", 14)]
    // Round 500: a length after "unless …," or "barring …," is planned; a change denied in the passive keeps two weeks.
    [InlineData("The merge window for 6.9 is now open, and unless something odd happens, it will be the usual two weeks.", 14)]
    [InlineData("Unless I end up having to shorten it because of travel, the merge window will be the normal two weeks.", 14)]
    [InlineData("Barring a change of plans, the merge window will be three weeks this time, due to the holidays.", 21)]
    [InlineData("The merge window will be three weeks, unless I end up cutting it short.", 21)]
    [InlineData("The merge window is open, and I don't expect anything unusual about it.", 14)]
    [InlineData("Despite the conference, the merge window will not be extended.", 14)]
    [InlineData("The merge window for 6.9 won't be cut short, despite LPC.", 14)]
    [InlineData("Unless the holidays mess things up, the merge window won't be extended.", 14)]
    [InlineData("I won`t be extending the merge window.", 14)] // round 505
    // Round 550: the change denied as a plan not made.
    [InlineData("I'm not planning on extending the merge window, despite the holidays.", 14)]
    [InlineData("I don't plan to extend the merge window.", 14)]
    [InlineData("I'm not planning on extending the merge window, despite the holidays: two weeks as usual.", 14)]
    [InlineData("Because of the holidays, I'm planning on extending the merge window by a week.", 21)]
    // Round 583: the usual length after a colon settles the wish before it.
    [InlineData("I'd normally be tempted to make the merge window shorter around the holidays, but I won't this time: two weeks as always.", 14)]
    [InlineData("No special merge window this time: the usual two weeks.", 14)]
    [InlineData("Because of the holidays, I'm going to keep the merge window to just one week, so rc1 will be out next Sunday.", 7)]
    [InlineData("The 6.8 merge window will be the normal two weeks, even though I'll be traveling during the second week.", 14)]
    // Rounds 602 and 603: the length kept "for the usual two weeks", or three "instead of the usual two".
    [InlineData("The merge window for 7.4 is thus open, and I'll keep it open for the usual two weeks.", 14)]
    [InlineData("Because of the holidays, I'll keep the 7.4 merge window open for three weeks instead of the usual two.", 21)]
    // Round 608: closed "in two weeks as usual", extended by a week for travel, kept short until "rc1 next Sunday".
    [InlineData("So the merge window for 7.4 is now open, and I'll close it in two weeks as usual.", 14)]
    [InlineData("I'll be traveling the second week of the merge window, so I'm going to extend it by a week: rc1 will be three weeks from now.", 21)]
    [InlineData("Because of the holidays, I'm going to keep this merge window short: I'll do rc1 next Sunday.", 7)]
    // Round 611: travel in the merge window, its length kept or cut.
    [InlineData("I'll be traveling during the second half of the merge window, but I'll have my laptop and I'll keep pulling, so the merge window will be the normal two weeks.", 14)]
    [InlineData("I'm going to be traveling the second week of the merge window, and I don't want to do merges from the road, so this is going to be a shortened merge window: rc1 next weekend.", 7)]
    // Round 618: the merge window taken up by "which" (or "it") and its length moved by a week.
    [InlineData("So 7.3 is out, and we'll have the merge window for 7.4 over the holidays, which I'll extend by a week.", 21)]
    [InlineData("The merge window for 7.4 is over the holidays, so I'll extend it by a week.", 21)]
    [InlineData("The merge window, which I'll cut short by a week because of travel, is now open.", 7)]
    [InlineData("The merge window is now open, which I'll keep to the usual two weeks.", 14)]
    [InlineData("We'll have the merge window over the holidays, which I'll extend by a week.", 21)]
    [InlineData("The merge window for 7.4 is over the holidays, which I'll extend by a week.", 21)]
    [InlineData("We'll have the merge window for 7.4 over the holidays, and I'll extend it by a week.", 21)]
    [InlineData("The merge window is open, and it will be the usual two weeks.", 14)] // round 628
    [InlineData("I'm traveling during the second week of the merge window, so I'll extend it by a week.", 21)] // round 628
    [InlineData("I'll be cutting the merge window short this time: expect rc1 a week from now.", 7)] // round 628
    [InlineData("Expect rc1 in three weeks rather than the usual two.", 21)] // round 628
    [InlineData("Despite the holidays, the merge window will be the normal two weeks.", 14)] // round 628
    [InlineData("The merge window will be a week longer than usual, because of the holidays.", 21)] // round 628
    [InlineData("Last time the merge window was three weeks because of travel; this time it'll be the normal two.", 14)] // round 628
    [InlineData("Because of LPC, the merge window will be three weeks instead of two.", 21)] // round 628
    [InlineData("Since the second week of the merge window would be Christmas week, I'll just let it run an extra week.", 21)] // round 628
    [InlineData("Only one week of merge window this time, so get your pull requests in early.", 7)] // round 628
    [InlineData("The merge window is two weeks as always, holidays or not.", 14)] // round 628
    [InlineData("Merge window: three weeks this time.", 21)] // round 628
    [InlineData("Merge window: the usual two weeks.", 14)] // round 628
    [InlineData("I'll give the merge window an extra week this time around.", 21)] // round 628
    [InlineData("So the merge window will close two weeks from today, with rc1.", 14)] // round 628
    [InlineData("So the merge window will close three weeks from today, with rc1.", 21)] // round 628
    [InlineData("I'm going to stretch the merge window to three weeks.", 21)] // round 628
    [InlineData("I'll let the merge window run an extra week.", 21)] // round 628
    [InlineData("The second week of the merge window is Christmas week, so I'll let it run an extra week.", 21)] // round 628
    [InlineData("The merge window would end on Christmas Eve, so I'll let it run an extra week.", 21)] // round 628
    [InlineData("The merge window is open, and I'll let it run its normal two weeks.", 14)] // round 628
    [InlineData("I'll be doing rc1 in three weeks, on January 28.", 21)] // round 628
    [InlineData("So the merge window for 6.8 opens now, and rc1 should follow in two weeks as usual.", 14)] // round 632
    [InlineData("The 6.8 merge window will close in three weeks rather than two, because of the holidays.", 21)] // round 632
    [InlineData("Because of my travel, the merge window will be just one week this time.", 7)] // round 632
    [InlineData("I'm going to give the merge window an extra week this time, since half the people are on vacation.", 21)] // round 632
    [InlineData("I'll make this a three-week merge window to account for the holidays.", 21)] // round 632
    [InlineData("With 6.7 out, the 6.8 merge window is open, and I expect rc1 two weeks from today.", 14)] // round 641
    [InlineData("The 6.8 merge window will stay open for three weeks, since the holidays eat up the second one.", 21)] // round 641
    [InlineData("I'm going to cut the merge window short this time: one week, then rc1.", 7)] // round 641
    [InlineData("rc1 will be two weeks from now, as usual.", 14)] // round 641
    [InlineData("rc1 will be three weeks from now, not the usual two, because of the holidays.", 21)] // round 641
    [InlineData("Please send your pull requests early, since I'll close the merge window after the usual two weeks.", 14)] // round 641
    [InlineData("I'll be on the road during the merge window, so I'll extend it by a week.", 21)] // round 641
    [InlineData("Expect 6.8-rc1 in three weeks rather than two.", 21)] // round 641
    [InlineData("Expect 6.8-rc1 in two weeks.", 14)] // round 641
    [InlineData("6.8-rc1 should be out in two weeks, on Christmas Eve.", 14)] // round 641
    [InlineData("The merge window will be longer than usual, three weeks, due to the holidays.", 21)] // round 641
    [InlineData("The merge window will be the usual length, holidays or not.", 14)] // round 641
    [InlineData("Despite the holidays, I'm keeping the merge window at two weeks.", 14)] // round 641
    [InlineData("Because of the holidays, I'm not keeping the merge window at two weeks: it will be three.", 21)] // round 641
    [InlineData("The merge window for 6.8 is now open, and will close two weeks from today with rc1.", 14)] // round 641
    [InlineData("The merge window for 6.8 will be only a week long, since I'm leaving on vacation after that.", 7)] // round 641
    [InlineData("I'm leaving on vacation for a week in the middle of the merge window, so it'll be three weeks this time.", 21)] // round 641
    [InlineData("The merge window for 6.8 is two weeks, as always.", 14)] // round 641
    [InlineData("The 6.8 merge window starts now, and will run the usual two weeks.", 14)] // round 649
    [InlineData("Because of the holidays, the 6.8 merge window will run three weeks rather than two.", 21)] // round 649
    [InlineData("Despite the holidays, I'm planning on keeping to the normal two-week merge window.", 14)] // round 649
    [InlineData("rc1 will be out two weeks from now, as usual.", 14)] // round 649
    [InlineData("rc1 will be out three weeks from now, not the usual two.", 21)] // round 649
    [InlineData("Expect rc1 next weekend: I'm doing a one-week merge window.", 7)] // round 649
    [InlineData("Given the timing, it seems silly not to extend the merge window by a week.", 21)] // round 649
    [InlineData("I considered extending the merge window, but decided against it.", 14)] // round 649
    [InlineData("My travel won't affect the merge window: it's the usual two weeks.", 14)] // round 649
    [InlineData("My travel will affect the merge window: it's going to be three weeks.", 21)] // round 649
    [InlineData("The merge window is not going to be extended this time.", 14)] // round 649
    [InlineData("I decided against extending the merge window.", 14)] // round 649
    [InlineData("I toyed with the idea of extending the merge window by a week, but decided against it.", 14)] // round 649
    [InlineData("I won't extend the merge window.", 14)] // round 649
    [InlineData("I've decided against extending the merge window.", 14)] // round 649
    [InlineData("We've decided against shortening the merge window.", 14)] // round 649
    [InlineData("An extra week of merge window, then.", 21)] // round 649
    [InlineData("I decided to extend the merge window by a week.", 21)] // round 649
    [InlineData("I'll extend the merge window by a week.", 21)] // round 649
    [InlineData("I've decided to extend the merge window by a week.", 21)] // round 649
    [InlineData("It seems silly not to extend the merge window by a week.", 21)] // round 649
    [InlineData("It would be stupid not to extend the merge window by a week.", 21)] // round 649
    [InlineData("It's silly not to give the merge window an extra week this time.", 21)] // round 649
    [InlineData("The merge window for 6.8 is now open, and will be the usual two weeks.", 14)] // round 662
    [InlineData("So the 6.8 merge window is open, with the usual two-week schedule.", 14)] // round 662
    [InlineData("The 6.8 merge window will be three weeks, because of the holidays.", 21)] // round 662
    [InlineData("Because of the holidays, I'm giving the 6.8 merge window an extra week.", 21)] // round 662
    [InlineData("No extended merge window this time, despite the holidays.", 14)] // round 662
    [InlineData("The merge window will close two weeks from today, as usual.", 14)] // round 662
    [InlineData("Start sending me your pull requests for 6.8; I expect the merge window to last the normal two weeks.", 14)] // round 662
    [InlineData("Start sending me your pull requests for 6.8; I expect the merge window to last three weeks this time.", 21)] // round 662
    [InlineData("The merge window is open, and rc1 will be two weeks from now.", 14)] // round 662
    [InlineData("The merge window is open, and rc1 will be three weeks from now.", 21)] // round 662
    [InlineData("I don't expect the merge window to be anything but the usual two weeks.", 14)] // round 662
    [InlineData("No extended merge window this time.", 14)] // round 662
    [InlineData("There won't be an extended merge window this time.", 14)] // round 662
    [InlineData("I won't extend the merge window this time, despite the holidays.", 14)] // round 662
    [InlineData("Despite the holidays, the merge window will be the normal length.", 14)] // round 662
    [InlineData("I expect the merge window to be the usual two weeks.", 14)] // round 662
    [InlineData("I don't expect the merge window to be anything other than the usual two weeks.", 14)] // round 662
    [InlineData("I expect the merge window to be two weeks.", 14)] // round 662
    [InlineData("I don't expect the merge window to be anything but three weeks, given the holidays.", 21)] // round 662
    [InlineData("Nothing suggests anything but a normal two-week merge window.", 14)] // round 662
    public void Reads_the_length_the_mail_plans(string sentence, int days)
    {
        var prose = $"So here we are, 7.3 is out.\n\n{sentence}\n\nGo test it.\n";

        var plan = ProseReader.MergeWindowPlanOf(prose);

        Assert.NotNull(plan);
        Assert.Equal(days, plan.Days);
        Assert.Equal(sentence, plan.Sentence);
    }

    [Theory]
    [InlineData("The merge window is open; the bisect took me two weeks last time.")] // round 598
    [InlineData("The merge window is open; three weeks ago I said I'd be traveling.")] // round 598
    [InlineData("The merge window is open; I might make it three weeks, we'll see.")] // round 598
    [InlineData("The merge window is open, and I'll review the usual two weeks of pulls as they come in.")] // round 598
    [InlineData("I'll close it after the usual two weeks.")] // round 598
    [InlineData("I'll be traveling during the second week of the merge window, so please send your pull requests early.")] // round 598
    [InlineData("The merge window might end up being a bit longer than usual, we'll see.")] // round 598
    [InlineData("Last merge window was three weeks; I don't expect to do that again soon.")] // round 598
    [InlineData("I'd really like people to have their pull requests ready before the merge window opens.")] // round 598
    [InlineData("The merge window might end up being three weeks, depending on how the travel goes.")] // hedged
    [InlineData("If the pull requests pile up, rc1 will be in three weeks.")] // a condition
    [InlineData("It won't be a three-week merge window, don't worry.")] // denied
    [InlineData("The merge window will not be three weeks, despite what I said earlier.")] // denied
    [InlineData("The 3.13 merge window was three weeks, but this one is the usual two.")] // another cycle; "the usual two" has no unit
    [InlineData("Last time rc1 came after three weeks because of my travel.")] // the past
    [InlineData("The merge window will be shorter, since I'm leaving for the holidays.")] // no amount
    [InlineData("I might delay rc1 a bit just to catch up.")] // no amount, hedged
    [InlineData("Normally the merge window would be three weeks over the holidays.")] // what would be
    [InlineData("I hope rc1 will be out in two weeks as usual.")] // a hope
    [InlineData("The merge window opens tomorrow, and I already have forty pull requests pending.")] // nothing of its length
    [InlineData("Please test the release over the next three weeks, while the merge window is open.")] // weeks of something else
    [InlineData("The fix went in three weeks after rc1, so it's in the release.")] // weeks after rc1, of the past
    [InlineData("I'm traveling for the second week of the merge window, so I'll probably close it a few days early.")] // no amount
    [InlineData("The merge window closes on the 20th.")] // a day, not a length
    [InlineData("Because of the holidays, I'll be closing the merge window a bit early, probably on the 22nd.")] // no amount
    [InlineData("The merge window will close on the 18th, which makes it a little shorter than usual.")] // a day, no amount
    [InlineData("I may close the merge window a few days early.")] // hedged, no amount
    [InlineData("The merge window will probably be a bit longer than usual because of the holidays.")] // no amount
    [InlineData("We'll see how the merge window goes; I might extend it if I get behind.")] // hedged, no amount
    [InlineData("This merge window will be shorter than usual, maybe ten days.")] // a guess
    [InlineData("I'm not planning on a longer merge window, despite the conference.")] // denied
    [InlineData("Don't expect rc1 before the 20th.")] // a day, not a length
    [InlineData("We had a three-week merge window last year. I don't want to do that again.")] // taken up, but denied
    [InlineData("We had a three-week merge window last year, and maybe we'll do that again.")] // hedged
    [InlineData("We had a three-week merge window last year, and if the holidays get in the way, let's do that again.")] // conditional
    [InlineData("Same as last time: the merge window was two weeks, nothing special.")] // told, not taken up
    [InlineData("The merge window will be extended by a few days because of the long weekend.")] // no amount
    [InlineData("I'm not going to make this merge window three weeks, even with the holidays.")] // denied
    [InlineData("I might make this merge window three weeks.")] // hedged
    [InlineData("We'll see if I end it in two weeks as usual.")] // "it" is no merge window named
    [InlineData("The bug is nasty. I'll close it after one week of testing.")] // nor here
    [InlineData("The merge window is open. I won't close it after just one week, though.")] // denied
    [InlineData("The merge window closes in two weeks after rc1.")] // another span
    [InlineData("If the pull requests pile up, the merge window will close in three weeks.")] // conditional
    [InlineData("rc1 will be out on January 11th.")] // a date, but no day the mail was sent to count from
    [InlineData("It will be three weeks this time, because of the holidays.")] // "it" is no merge window named
    [InlineData("The merge window is open. It will be three weeks before I get to the backlog.")] // another span
    [InlineData("The merge window is open. It might be three weeks, we'll see.")] // hedged
    [InlineData("The merge window is open. It will be two or three weeks depending on how things go.")] // no one length
    [InlineData("The merge window is open. It will be three people handling the pulls while I travel.")] // no weeks
    [InlineData("I tagged rc1 of the stable tree. It will be two weeks before the next one.")] // another span
    [InlineData("I used to keep the merge window open for three weeks in the old days.")] // the past
    [InlineData("Closing the merge window after one week is something I'd never do.")] // nobody closes it
    [InlineData("If I end up closing the merge window after one week, I'll let you know.")] // a condition
    [InlineData("A long three-week merge window is something I'd rather avoid over the holidays.")] // no fragment: a sentence about one
    [InlineData("The merge window will stay open for three weeks after the holidays, I hope.")] // another span
    [InlineData("The merge window for 7.4 is now open, and I already have a number of pull requests queued up.")] // nothing of its length
    [InlineData("I'm hoping to keep the merge window to three weeks, but we'll see.")] // hoped for
    [InlineData("I won't keep the merge window open for an extra week this time.")] // denied
    [InlineData("The merge window for 6.22 is open, and it's two weeks since the last big regression was fixed.")] // a time since
    [InlineData("The merge window for 6.22 is open, and it's not going to be three weeks.")] // denied
    [InlineData("Last year the merge window over the holidays was three weeks, and I may do that again.")] // hedged
    [InlineData("Fixes for rc1 are expected in two weeks.")] // not rc1 itself
    [InlineData("The last merge window was the usual length, but this one may not be.")] // the past
    [InlineData("The merge window might be the usual length.")] // hedged
    [InlineData("I won't do the usual two weeks of merge window this time.")] // denied
    [InlineData("Last time we did three weeks of merge window.")] // the past
    [InlineData("Two weeks of merge window are a lot of work for everybody.")] // no fragment: a sentence about them
    [InlineData("The merge window was longer than usual: three weeks.")] // the past
    [InlineData("The merge window is open, and the bug will close in two weeks hopefully.")] // something else closes
    [InlineData("The merge window is open and might close in three weeks.")] // hedged
    [InlineData("The merge window is three weeks long in some other projects.")] // another project's
    [InlineData("The merge window is open: three weeks of pulls are already queued.")] // no length of it
    [InlineData("The 3.16 merge window was short, one week.")] // the past
    [InlineData("The merge window is open. I expect it to be two weeks before the networking pull comes in.")] // another span
    [InlineData("We had an extra week in the merge window last year.")] // the past
    [InlineData("Merge window stats from last time: two weeks, 12000 commits.")] // the past
    [InlineData("The merge window might be longer this time: three weeks, maybe.")] // hedged
    [InlineData("The merge window is open for business, and I've started pulling.")] // no length
    [InlineData("rc1 won't be in two weeks, and it's not clear yet when it will be.")] // denied, nothing after
    [InlineData("Two weeks from now, rc1 might be out, or it might not.")] // hedged
    [InlineData("The merge window was open for three weeks last time.")] // the past
    [InlineData("The merge window might stretch over three weeks.")] // hedged
    [InlineData("I'll close the merge window when I'm ready, maybe two weeks from now.")] // hedged
    [InlineData("The merge window was cut short to one week last time.")] // the past
    [InlineData("The merge window might be cut short to one week.")] // hedged
    [InlineData("The merge window is open, with the usual pile of pull requests.")] // no length
    // Rounds 425–427.
    [InlineData("I'll be away for a week during the merge window, but I'll have my laptop.")] // someone's absence
    [InlineData("The merge window is open, and the first week is usually the busiest.")] // something else's week
    [InlineData("I'm traveling for two weeks after the merge window closes.")] // someone's absence after it
    [InlineData("It took three weeks to track down this bug during the last merge window.")] // the past
    [InlineData("Please get your pull requests in during the first week of the merge window.")] // an ordinal week, no length
    [InlineData("The merge window may well end up being three weeks, we'll see.")] // hedged
    [InlineData("I'd love to do a one-week merge window some day, but not this time.")] // wished for
    [InlineData("There's no reason the merge window should be three weeks this time.")] // denied
    [InlineData("Some people asked for a three-week merge window, and the answer is no.")] // asked for, and denied
    [InlineData("The merge window opens now; I spent three weeks at conferences, so I'm a bit behind.")] // another sentence's length
    [InlineData("Three weeks of travel are behind me, and the merge window is open.")] // weeks of something else
    [InlineData("I'd have liked a three-week merge window, but the holidays are short this year.")] // wished for
    [InlineData("I'll be offline for a week in the middle of the merge window.")] // someone's absence
    [InlineData("The merge window is open, and the first pull request came in three weeks ago.")] // something else's weeks, ago
    [InlineData("Last cycle's merge window was a week longer due to travel.")] // the past
    [InlineData("The merge window is open, and Greg will be out for a week.")] // someone else's absence
    [InlineData("A three-week merge window would be nice, but I don't think it's needed.")] // a statement, hedged
    [InlineData("The merge window is open; expect a quiet week or two before the big pulls land.")] // another clause's week
    [InlineData("During the merge window I try to get through two weeks of email backlog.")] // weeks of something else
    [InlineData("The merge window opened three weeks ago, with the last release.")] // the past
    [InlineData("Nobody wants a three-week merge window over the holidays.")] // denied
    [InlineData("The merge window for 6.23 is open, and I'm taking a week off at the end of it.")] // a week off
    [InlineData("rc1 testing takes about two weeks in my experience.")] // in general, of rc1's testing
    [InlineData("Plenty of people have asked me to make the merge window three weeks.")] // asked for
    [InlineData("The merge window will be open while I'm away for a week in Japan.")] // another clause's absence
    [InlineData("I spent two weeks at conferences, and now the merge window is open.")] // the past, another clause
    [InlineData("The merge window used to be three weeks back in the day.")] // the past
    [InlineData("I'm off to Japan for a week right in the middle of the merge window.")] // someone's absence
    [InlineData("The merge window is open, and the conference is in two weeks.")] // something else's weeks
    [InlineData("rc1 had a lot of fixes, and it took two weeks to sort them out.")] // the past
    [InlineData("Can we do a three-week merge window? Not this time.")] // a question
    [InlineData("Some maintainers take two weeks off after the merge window.")] // a time off
    [InlineData("Back when the merge window was three weeks, things were different.")] // the past
    [InlineData("The merge window for 6.23 is open, and my inbox will take a week to clear.")] // something else's week
    [InlineData("Wouldn't it be nice to have a three-week merge window this time?")] // a question, denied
    [InlineData("Three weeks seems like a long merge window, honestly.")] // no length tied to it
    // Round 428; the last row was round 404's, kept as a miss until a condition after the length counted.
    [InlineData("I'll be at Plumbers for a week during this merge window.")] // someone's stay
    [InlineData("The merge window is open, although I'm going to be on a plane for two days.")] // absence, another clause
    [InlineData("The merge window for 6.23 is open, and the networking pull alone took a week to review.")] // something else's week
    [InlineData("A two-week merge window is what everybody expects.")] // a statement
    [InlineData("Would a three-week merge window help anybody?")] // a question
    [InlineData("The merge window is now open; two weeks of pulls lie ahead.")] // another clause, of pulls
    [InlineData("I'm not sure whether the merge window will be three weeks.")] // hedged
    [InlineData("Many people take a week of vacation around the merge window.")] // a week of vacation
    [InlineData("rc1 of 6.21 took three weeks back then.")] // the past
    [InlineData("Last merge window I took a week off and nothing broke.")] // the past, a week off
    [InlineData("The merge window will be three weeks if the holidays get in the way.")] // a condition after it
    [InlineData("Everybody's merge window workflow takes about two weeks to settle.")] // of the merge window's workflow
    [InlineData("rc1 will be out next Sunday if I'm lucky, but probably later.")] // a condition after it
    // Rounds 431 and 432: what "it" does not stand for, and lengths that are not the merge window's.
    [InlineData("The merge window is open. It took me two weeks to get through my email after LPC.")] // the past, my time
    [InlineData("The merge window is open. It's been three weeks since I last had a day off.")] // a time since
    [InlineData("The merge window is open. It will be two or three weeks, depending on the holidays.")] // a choice of lengths
    [InlineData("The merge window is open. I'll close the bug report after a week of testing.")] // something else's weeks
    [InlineData("The merge window is open. Is it going to be three weeks? No.")] // a question
    [InlineData("It will be three weeks of pain, but the release is out.")] // no merge window named before it
    [InlineData("The merge window is open. It's been a long two weeks of rc testing, but here we are.")] // of rc testing
    [InlineData("The merge window for 6.23 is open. It would be nice if people sent their pulls in the first week.")] // hedged, an ordinal week
    [InlineData("The merge window is open. I know it's only been a week since rc7, but the release is fine.")] // a time since
    [InlineData("The merge window is open. It will take me a week or so to get through the first batch.")] // a choice
    [InlineData("The merge window is open. It will take me a week to get through the first batch.")] // my time
    [InlineData("The merge window is open. It's the usual rush, with two weeks of pulls to come.")] // of pulls
    [InlineData("So 6.22 is out and the merge window is open. Give it a week and we'll see how big it gets.")] // a wait: "and we'll see"
    [InlineData("The merge window opens now. It's a week earlier than I expected, because the final came together quickly.")] // a shift, not a length
    [InlineData("The merge window is open, and it's three weeks until the holidays.")] // a time until
    [InlineData("The merge window is open. I fixed it in a week, which was nice.")] // it is something fixed, told of the past
    // Round 433.
    [InlineData("I'll spend a week at the Maintainers Summit after the merge window.")] // my stay, after it
    [InlineData("The merge window went fine last time, even though it ran three weeks.")] // the past
    [InlineData("Pull requests that arrive in the last week of the merge window get extra scrutiny.")] // an ordinal week
    [InlineData("I'd consider a three-week merge window, but only if the holidays require it.")] // would be, and a condition
    [InlineData("The merge window is open; Greg will be away for a week starting Monday.")] // someone else's absence, another clause
    [InlineData("Three weeks is too long for a merge window, in my opinion.")] // a statement
    [InlineData("The merge window doesn't have to be two weeks, but it usually is.")] // denied, and what usually is
    // Round 434.
    [InlineData("I had a three-week merge window last time and didn't like it.")] // the past
    [InlineData("I'd rather not extend the merge window, but with LPC the second week I may have to.")] // wished, then hedged
    [InlineData("I spent two weeks chasing a regression during the last merge window.")] // my time, the past
    [InlineData("Most of the pulls arrive in the first week of the merge window anyway.")] // an ordinal week
    [InlineData("The merge window is open, and I'm at a conference next weekend.")] // a conference's weekend
    [InlineData("Pulls for the merge window take me ten days to go through.")] // my time
    [InlineData("rc1 will be two weeks from next Sunday, not next Sunday.")] // counted from a day, and denied
    // Round 438: only thought about.
    [InlineData("I'm thinking about making the merge window three weeks because of the holidays, but I haven't decided yet.")]
    [InlineData("I'm considering a three-week merge window because of the holidays.")]
    [InlineData("I've been toying with the idea of a one-week merge window.")]
    // Round 454: no change denied now — told of the past, under a condition, asked, or only not wanted.
    [InlineData("I didn't extend the merge window last time either.")]
    [InlineData("If things go badly, I won't be extending the merge window, I'll be shortening it.")]
    [InlineData("Should I extend the merge window?")]
    [InlineData("I don't want to extend the merge window, but I might have to.")]
    // Round 464: a concluding length that is another's, hedged or conditional.
    [InlineData("The merge window for 6.9 starts now, and Greg will be away for a while, so two weeks without stable releases.")]
    [InlineData("The merge window starts now, and last time it took me a while to get through the pulls, so maybe three weeks.")]
    [InlineData("The merge window starts now, and if the holidays get in the way, so three weeks then.")]
    // Round 472: the usual schedule hoped for, conditional, or of something else.
    [InlineData("The merge window for 6.11 is open, and I hope to stick to the usual schedule.")]
    [InlineData("If I can stick to the usual schedule, the merge window will close on the 28th.")]
    [InlineData("I'll be following the usual schedule for the stable releases.")]
    [InlineData("Two weeks from now I'll be in Japan, so we'll see about rc1.")] // round 474
    [InlineData("Maybe two weeks from now we'll have rc1, maybe three.")] // round 474
    [InlineData("So 6.16 is out, and with that the merge window for 6.17 is open. I already have about two dozen pull requests pending, so let's get going.")] // round 482
    [InlineData("The 6.16 merge window was a bit bigger than usual, but the release itself ended up pretty calm.")] // round 482
    [InlineData("Last time the merge window was three weeks because of the holidays; this time we'll see.")] // round 482
    [InlineData("I'm hoping the merge window is calmer than last time.")] // round 482
    [InlineData("The usual two weeks.")] // round 482
    [InlineData("The merge window for 6.17 is open. Two weeks of pull requests ahead of us, so buckle up.")] // round 482
    [InlineData("The 6.16 merge window was a big one. Two weeks of non-stop pulling.")] // round 482
    [InlineData("The merge window for 6.17 is open. Two weeks from now I'll be in Tokyo.")] // round 482
    [InlineData("The merge window for 6.17 is open. Two weeks or three, depending on how travel works out.")] // round 482
    [InlineData("The merge window for 6.17 is open. Three weeks? Maybe, if the holidays get in the way.")] // round 482
    [InlineData("The merge window for 6.17 is open. The usual rules apply.")] // round 482
    [InlineData("If I get sick, the merge window will be extended.")] // round 500
    [InlineData("Last year the merge window wasn't extended either.")] // round 500
    [InlineData("I don't expect anything unusual this time.")] // round 500
    [InlineData("The merge window will be three weeks if the holidays interfere, otherwise two.")] // round 500
    [InlineData("I'd love a shorter merge window: one week.")] // round 583: a wish's length after a colon
    [InlineData("We could do a longer merge window this time: three weeks.")] // round 583
    [InlineData("The 6.6 merge window was longer than usual: three weeks.")] // round 583
    [InlineData("The last merge window was a bit chaotic, so please try to send your pull requests early this time.")] // round 608
    [InlineData("The merge window is open, which means the usual flood of pull requests.")] // round 618
    [InlineData("The merge window is open. Please send me your pull requests.")] // round 628
    [InlineData("I might have to extend the merge window, depending on how travel works out.")] // round 628
    [InlineData("The merge window for 6.8 is now open, and I already have forty pull requests pending.")] // round 628
    [InlineData("Last time the merge window was three weeks because of travel; this time it won't be.")] // round 628
    [InlineData("I'll be at LPC during the merge window, but I'll have my laptop.")] // round 628
    [InlineData("The merge window might be shorter than usual. Or not. We'll see.")] // round 628
    [InlineData("I'd love to give the merge window an extra week, but I don't think it's necessary.")] // round 628
    [InlineData("People have asked whether the merge window will be longer. It won't.")] // round 628
    [InlineData("I won't be closing the merge window early, whatever happens.")] // round 628
    [InlineData("The merge window is open. Let it rip.")] // round 628
    [InlineData("The merge window for 6.8 starts tomorrow, and I'll be at home the whole time.")] // round 632
    [InlineData("I'll be traveling for part of the merge window, which shouldn't change anything.")] // round 632
    [InlineData("The merge window will be busy, judging by the linux-next size.")] // round 632
    [InlineData("The merge window will be interesting, since a lot of big things are queued up.")] // round 641
    [InlineData("Please send your pull requests early in the merge window.")] // round 641
    [InlineData("I'll be on the road during the first week of the merge window, so send your pull requests early.")] // round 641
    [InlineData("I'll be on the road during the merge window, but I don't expect that to change the schedule.")] // round 641
    [InlineData("The merge window for 6.8 is now open.")] // round 641
    [InlineData("I'm leaving on vacation after rc1.")] // round 641
    [InlineData("So 6.7 is out, and with it the merge window for 6.8 opens.")] // round 649
    [InlineData("I'm hoping the merge window will be calm, with the holidays and all.")] // round 649
    [InlineData("The merge window will close with rc1, as always.")] // round 649
    [InlineData("The merge window is open; please don't send me new features after the first week.")] // round 649
    [InlineData("I considered keeping the merge window to two weeks, but decided to extend it.")] // round 649
    [InlineData("Please have your pull requests ready early, because of my travel.")] // round 649
    [InlineData("Whether the merge window is two or three weeks depends on how things go with my travel.")] // round 649
    [InlineData("I considered a three-week merge window.")] // round 649
    [InlineData("I considered extending the merge window, and decided against the travel instead.")] // round 649
    [InlineData("I decided to extend the merge window.")] // round 649
    [InlineData("I'll extend the merge window.")] // round 649
    [InlineData("It would be silly not to extend the merge window.")] // round 649
    [InlineData("Start sending me your pull requests for 6.8.")] // round 662
    [InlineData("I'm not sure yet how long the merge window will be.")] // round 662
    [InlineData("The holidays are coming up.")] // round 662
    [InlineData("I don't expect anything but trouble from the holidays.")] // round 662
    public void Plans_nothing_where_the_length_is_not_stated_as_a_plan(string sentence)
    {
        var prose = $"So here we are, 7.3 is out.\n\n{sentence}\n\nGo test it.\n";

        Assert.Null(ProseReader.MergeWindowPlanOf(prose));
    }

    [Fact]
    public void A_length_told_in_the_sentence_before_is_taken_up_and_quoted_with_it()
    {
        const string prose = "So here we are, 7.3 is out.\n\nWe had a three-week merge window over the holidays last year. Let's do that again.\n";

        var plan = ProseReader.MergeWindowPlanOf(prose);

        Assert.Equal(21, plan?.Days);
        Assert.Equal("We had a three-week merge window over the holidays last year. Let's do that again.", plan?.Sentence);
    }

    [Theory]
    [InlineData("The merge window is open as usual. It will be three weeks this time, because of the holidays.", 21)]
    [InlineData("The merge window for 6.41 is now open. It will be one week only.", 7)]
    [InlineData("The merge window is open. I'll close it after just one week, because of travel.", 7)]
    [InlineData("The merge window is now open. As usual I expect it to last two weeks.", 14)] // round 413
    // Rounds 431 and 432: "it closes in", "it'll run for", "it gets an extra week", "I'm giving it three weeks".
    [InlineData("The merge window is open. It closes in two weeks.", 14)]
    [InlineData("The merge window for 6.23 is now open. It'll run for three weeks this time.", 21)]
    [InlineData("The merge window is open. It gets an extra week because of the holidays.", 21)]
    [InlineData("The merge window starts now. I'm giving it three weeks this time, with the holidays in the middle.", 21)]
    [InlineData("The merge window is open. It'll only be a week long this time.", 7)]
    [InlineData("The merge window is open. As always, it lasts two weeks.", 14)]
    [InlineData("The merge window is open. I'm making it three weeks, because of the holidays.", 21)]
    [InlineData("The merge window is open. It's two weeks, as always.", 14)]
    [InlineData("So 7.3 is out, and that means the merge window for 7.4 is open. The usual two weeks apply.", 14)] // round 583
    [InlineData("The 6.7 merge window is open. Normally I'd do two weeks, but with the holidays coming up I'll do three.", 21)] // round 448
    [InlineData("People have asked whether the merge window will be longer. It will: three weeks.", 21)] // round 628
    public void A_length_said_of_it_after_the_merge_window_was_named_in_the_sentence_before_is_planned_and_quoted_with_both(string sentences, int days)
    {
        var plan = ProseReader.MergeWindowPlanOf($"So here we are, 7.3 is out.\n\n{sentences}\n");

        Assert.Equal(days, plan?.Days);
        Assert.Equal(sentences, plan?.Sentence);
    }

    // A day named for rc1 counts from the day the mail was sent (Sunday, 21 December 2025, Pacific time), in weeks.
    [Theory]
    [InlineData("With the holidays coming up, rc1 will be out on January 11th.", 21)]
    [InlineData("Expect rc1 on Sunday, January 4.", 14)]
    [InlineData("rc1 should come on 2026-01-11.", 21)]
    [InlineData("The merge window closes on December 28th, as I'll be traveling after that.", 7)]
    [InlineData("The merge window closes on the 4th.", 14)]
    [InlineData("The 6.19 merge window is open and will close on the 4th.", 14)] // round 412
    [InlineData("I'll keep the merge window open until January 11th.", 21)] // round 413
    [InlineData("The merge window should close as normal on the 4th.", 14)] // round 434
    [InlineData("rc1 will happen on January 11th, as per usual.", 21)] // round 434
    [InlineData("I'll close the merge window early, on Wednesday the 31st.", 7)] // round 440: ten days, a week
    [InlineData("rc1 will be on Wednesday the 31st.", 7)] // round 440
    [InlineData("Because of travel, rc1 will happen on January 11th rather than January 4th.", 21)] // round 628: the date set aside is not counted
    [InlineData("rc1 will be on January 11th, not January 4th.", 21)] // round 628
    [InlineData("Expect the usual two-week merge window, with rc1 on January 4.", 14)] // round 632
    [InlineData("I'll close the merge window on January 11th rather than January 4th, due to travel.", 21)] // round 649
    [InlineData("An extra week of merge window, then, and rc1 on January 11th.", 21)] // round 649
    public void A_day_named_for_rc1_is_the_weeks_from_the_release_mail(string sentence, int days)
    {
        var sent = new DateTimeOffset(2025, 12, 21, 15, 0, 0, TimeSpan.FromHours(-8));

        var plan = ProseReader.MergeWindowPlanOf($"So here we are, 7.3 is out.\n\n{sentence}\n", sent);

        Assert.Equal(days, plan?.Days);
        Assert.Equal(sentence, plan?.Sentence);
    }

    [Fact]
    public void A_correction_later_in_the_mail_has_the_last_word()
    {
        const string prose = "The merge window will be three weeks because of my travel.\n\n"
            + "Actually, scratch that: Greg talked me out of it, and I'll close the merge window after two weeks as usual.\n";

        var plan = ProseReader.MergeWindowPlanOf(prose);

        Assert.Equal(14, plan?.Days);
    }

    [Fact]
    public void Only_a_release_mail_plans_the_next_merge_window()
    {
        const string prose = "rc7 is out. The merge window for 7.4 will be three weeks, since I'm traveling.\n";

        Assert.Null(ProseReader.Read(KernelVersion.Parse("7.3-rc7"), prose).MergeWindow);
        Assert.Equal(21, ProseReader.Read(KernelVersion.Parse("7.3"), prose).MergeWindow?.Days);
    }

    [Fact]
    public void Reading_a_release_mail_counts_a_named_day_from_its_date()
    {
        const string prose = "So 6.18 is out. With the holidays coming up, rc1 will be out on January 11th.\n";
        var sent = new DateTimeOffset(2025, 12, 21, 15, 0, 0, TimeSpan.FromHours(-8));

        Assert.Equal(21, ProseReader.Read(KernelVersion.Parse("6.18"), prose, sent).MergeWindow?.Days);
        Assert.Null(ProseReader.Read(KernelVersion.Parse("6.18"), prose).MergeWindow);
    }
}
