using KernelPortal.Core.Content;

namespace KernelPortal.UnitTests.Content;

public class FrontMatterDocumentTests
{
    [Fact]
    public void Splits_header_fields_from_the_body()
    {
        var doc = FrontMatterDocument.Parse("---\ntitle: \"Was 4.0 bringt: Netzwerk\"\nTags: netzwerk, treiber\nempty:\n---\n\n# Body\n\nText: with a colon\n");

        Assert.Equal("Was 4.0 bringt: Netzwerk", doc["title"]);
        Assert.Equal(["netzwerk", "treiber"], doc.List("tags"));
        Assert.Null(doc["empty"]);
        Assert.Null(doc["missing"]);
        Assert.Empty(doc.List("missing"));
        Assert.Equal("# Body\n\nText: with a colon\n", doc.Body);
        Assert.Equal(7, doc.BodyLine);
    }

    [Fact]
    public void Reads_yaml_as_hugo_and_jekyll_write_it()
    {
        var doc = FrontMatterDocument.Parse("""
            ---
            title: 'Linux 4.0: live patching'   # a comment is not part of the value
            date: 2015-04-13 08:00:00 +0200
            draft: true
            release: 4.10
            tags: [Linux Kernel, "btrfs, ext4"]
            authors:
              - Thorsten Leemhuis
              - Jonathan Corbet
            description: >-
              Folded
              lead.
            nothing: ~
            ---
            Body
            """);

        Assert.Equal("Linux 4.0: live patching", doc["title"]);
        Assert.Equal("2015-04-13 08:00:00 +0200", doc["date"]);
        Assert.Equal("true", doc["draft"]);
        Assert.Equal("4.10", doc["release"]);
        Assert.Equal(["Linux Kernel", "btrfs, ext4"], doc.List("tags"));
        Assert.Equal(["Thorsten Leemhuis", "Jonathan Corbet"], doc.List("authors"));
        Assert.Equal("Folded lead.", doc["description"]);
        Assert.Null(doc["nothing"]);
        Assert.Equal("Body", doc.Body);
        Assert.Throws<FormatException>(() => doc["tags"]);
    }

    [Theory]
    [InlineData("title: no header", "Line 1: a front-matter header must start with '---'")]
    [InlineData("+++\ntitle = \"x\"\n+++\n", "TOML front matter")]
    [InlineData("---\ntitle: x\n", "not closed")]
    [InlineData("---\ntitle: [unclosed\n---\n", "Line 3, column 1")]
    [InlineData("---\ntitle: Was 4.0 bringt: Netzwerk\n---\n", "Line 2, column")]
    [InlineData("---\ntitle: Netzwerk\ntags: [netzwerk\nstatus: publish\n---\n", "Line 3: the header is not valid YAML after this line")]
    [InlineData("---\njust words\n---\n", "Line 2: the header must be 'key: value' lines")]
    [InlineData("---\n- a\n- b\n---\n", "not a list or a single value")]
    [InlineData("---\ntitle: a\ntitle: b\n---\n", "Line 3, column 1: Duplicate key title")]
    [InlineData("---\nTitle: a\ntitle: b\n---\n", "Line 3: 'title' is given twice")]
    [InlineData("---\nbad key!: a\n---\n", "not a valid key")]
    [InlineData("---\nseries:\n  slug: x\n---\n", "Line 3: 'series' must be a single value or a list of values, not a nested block")]
    [InlineData("---\ntags:\n  - [a, b]\n---\n", "an item of 'tags' must be a single value")]
    public void Reports_what_is_wrong_and_where(string text, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => FrontMatterDocument.Parse(text));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_what_it_reads_back_unchanged()
    {
        string[] tags = ["dateisysteme", "4.10", "true", "# hash"];
        var text = FrontMatterDocument.Write(
            [
                new("title", "Was 4.0 bringt: Netzwerk # nicht kommentiert"),
                new("release", "4.10"),
                new("draft", "false"),
                new("lead", "Zeile 1\nZeile 2 mit 'Quotes' und \"mehr\""),
                new("tags", tags),
                new("empty", null),
                new("date", "2015-04-13T06:00:00Z"),
            ],
            "## Body\n\n---\n\ntext\n");

        var doc = FrontMatterDocument.Parse(text);

        Assert.Equal("Was 4.0 bringt: Netzwerk # nicht kommentiert", doc["title"]);
        Assert.Equal("4.10", doc["release"]);
        Assert.Equal("false", doc["draft"]);
        Assert.Equal("Zeile 1\nZeile 2 mit 'Quotes' und \"mehr\"", doc["lead"]);
        Assert.Equal(tags, doc.List("tags"));
        Assert.Equal("2015-04-13T06:00:00Z", doc["date"]);
        Assert.DoesNotContain("empty", doc.Keys);
        Assert.Equal("## Body\n\n---\n\ntext\n", doc.Body);
    }
}
