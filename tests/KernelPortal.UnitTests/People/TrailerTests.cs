using KernelPortal.Core.People;

namespace KernelPortal.UnitTests.People;

public class TrailerTests
{
    [Theory]
    [InlineData("Reviewed-by: Rita Review <rita@suse.com>", TrailerKind.ReviewedBy, "Rita Review", "rita@suse.com")]
    [InlineData("tested-BY: Tom Test <Tom@Intel.com>", TrailerKind.TestedBy, "Tom Test", "Tom@Intel.com")]
    [InlineData("Reported-by: syzbot+abc@syzkaller.appspotmail.com", TrailerKind.ReportedBy, "syzbot+abc@syzkaller.appspotmail.com", "syzbot+abc@syzkaller.appspotmail.com")]
    [InlineData("Reported-by: \"Doe, Jane\" <jane@example.com>", TrailerKind.ReportedBy, "Doe, Jane", "jane@example.com")]
    [InlineData("Reported-by: Kernel CI", TrailerKind.ReportedBy, "Kernel CI", "")]
    public void A_trailer_line_names_a_person(string line, TrailerKind kind, string name, string email)
    {
        var trailer = Trailer.Parse(line);

        Assert.Equal(new Trailer(kind, name, email), trailer);
    }

    [Theory]
    [InlineData("Signed-off-by: Anna <anna@example.org>")]
    [InlineData("no colon here")]
    public void Other_lines_are_not_counted(string line) => Assert.Null(Trailer.Parse(line));

    [Fact]
    public void People_are_counted_once_per_commit_and_by_address_in_any_case()
    {
        var commits = new[]
        {
            new PeopleCommit("Anna", "anna@intel.com", "Anna", "anna@intel.com", 10, [Trailer.Parse("Reviewed-by: R <r@x.org>")!, Trailer.Parse("Reviewed-by: R <R@X.org>")!]),
            new PeopleCommit("Anna", "ANNA@intel.com", "Greg", "greg@kernel.org", 5, [Trailer.Parse("Reviewed-by: R <r@x.org>")!]),
            new PeopleCommit("Bob", "bob@gmail.com", "Greg", "greg@kernel.org", 0, []),
        };

        var people = PeopleCounter.Count(commits, new HashSet<string> { "bob@gmail.com" }, EmployerMap.Default);

        Assert.Equal(2, people.Developers);
        Assert.Equal(1, people.FirstTime);
        Assert.Equal(new AuthorFigures("Anna", "anna@intel.com", 2, 15, 0.6667), people.TopAuthors[0]);
        Assert.Equal(new PersonCount("R", "r@x.org", 2), Assert.Single(people.TopReviewers));
        Assert.Equal(new PersonCount("Greg", "greg@kernel.org", 2), Assert.Single(people.SignoffsByNonAuthors));
        Assert.Equal([new EmployerFigures("Intel", 2, 15, 0.6667), new EmployerFigures(EmployerMap.Unknown, 1, 0, 0.3333)], people.Employers);
        Assert.Equal(1.0, people.ConcentrationOfTop(10));
    }
}
