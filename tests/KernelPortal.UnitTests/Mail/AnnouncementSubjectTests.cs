using KernelPortal.Ingestion.Mail;

namespace KernelPortal.UnitTests.Mail;

public class AnnouncementSubjectTests
{
    [Theory]
    [InlineData("Linux 2.6.39-rc7", "2.6.39-rc7")]
    [InlineData("Linux 3.0", "3.0")]
    [InlineData("Linux 4.0-rc1", "4.0-rc1")]
    [InlineData("[ANNOUNCE] Linux 3.0-rc1", "3.0-rc1")]
    [InlineData("Linux 2.6.2 aka \"Feisty Dunnart\"", "2.6.2")]
    [InlineData("\"Read my lips: no more merges\" - aka Linux 2.6.14-rc1", "2.6.14-rc1")]
    [InlineData("Linux 7.0", "7.0")]
    public void Recognises_announcement_subjects(string subject, string version)
    {
        Assert.Equal(version, AnnouncementSubject.Recognise(subject, out _).ToString());
    }

    [Theory]
    [InlineData("Re: Linux 4.0-rc1")]
    [InlineData("RE: [ANNOUNCE] Linux 3.0")]
    [InlineData("Fwd: Linux 4.0")]
    [InlineData("Linux 4.0-rc1 breaks my laptop")]
    [InlineData("Linux 6.6.37")]
    [InlineData("Linux 2.6.32.5")]
    [InlineData("Linux 4.0-rc")]
    [InlineData("Linux kernel 4.0 released")]
    [InlineData("")]
    public void Rejects_what_is_not_one(string subject)
    {
        Assert.Null(AnnouncementSubject.Recognise(subject, out var reason));
        Assert.NotEmpty(reason);
    }
}
