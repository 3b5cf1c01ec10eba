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
    [InlineData("4.7-rc7", "With the holidays, I think we'll keep going for at least two more weeks.", 8)]
    [InlineData("4.7-rc7", "I'll do another rc rather than the final 4.7.", 8)]
    [InlineData("4.7-rc6", "Everything is on schedule: we have two more weeks to go.", 7)]
    [InlineData("4.7-rc6", "Given how big this was, I expect an rc8 at the end of this cycle.", 8)]
    public void Reads_another_rc(string version, string prose, int lastRc)
    {
        var hint = Read(version, prose);

        var rc = KernelVersion.Parse(version).Rc!.Value;
        Assert.Equal($"rc{rc + 1}", hint.ExpectedNext);
        Assert.Equal(lastRc, hint.ExpectedLastRc);
        Assert.Equal(lastRc > 7, hint.ExpectsExtraRc);
    }

    [Theory]
    [InlineData("4.7-rc7", "Another week, another rc. Nothing much to say, shortlog appended.")]
    [InlineData("4.7-rc7", "Another week has gone by, and things look normal.")]
    [InlineData("4.7-rc7", "Normally I'd just say this is the last rc. Let's see how the week goes.")]
    [InlineData("4.7-rc7", "The last rc was bigger. 4.5 ended up having an rc8 too, as I recall.")]
    [InlineData("4.7-rc7", "This is the last rc if all goes well, but an rc8 might also make sense. I'm still waffling.")]
    [InlineData("4.7-rc8", "The only reason for this rc8 was the holiday season.")]
    [InlineData("4.7", "So 4.7 is out, and the merge window for 4.8 is open.")]
    public void Says_nothing_where_Linus_states_nothing(string version, string prose)
    {
        var hint = Read(version, prose);

        Assert.Null(hint.ExpectedNext);
        Assert.Null(hint.ExpectsExtraRc);
        Assert.Null(hint.HintSentence);
    }

    [Fact]
    public void Plain_words_outweigh_what_is_only_possible()
    {
        var hint = Read("4.7-rc7", "If the week is quiet, this is the last rc and next Sunday will see the final release. Another rc is always an option if something comes up.");

        Assert.Equal("final", hint.ExpectedNext);
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
}
