using KernelPortal.Core.Content;

namespace KernelPortal.UnitTests.Content;

public class FrontMatterDocumentTests
{
    [Fact]
    public void Splits_header_fields_from_the_body()
    {
        var doc = FrontMatterDocument.Parse("---\ntitle: \"Was 4.0 bringt: Netzwerk\"\nTags: netzwerk, treiber\nempty:\n---\n\n# Body\n\nText: with a colon\n");

        Assert.Equal("Was 4.0 bringt: Netzwerk", doc["title"]);
        Assert.Equal("netzwerk, treiber", doc["tags"]);
        Assert.Null(doc["empty"]);
        Assert.Null(doc["missing"]);
        Assert.Equal("# Body\n\nText: with a colon\n", doc.Body);
    }

    [Theory]
    [InlineData("title: no header", "Line 1")]
    [InlineData("---\ntitle: x\n", "not closed")]
    [InlineData("---\njust words\n---\n", "Line 2: expected 'key: value'")]
    [InlineData("---\ntitle: a\ntitle: b\n---\n", "Line 3: 'title' is given twice")]
    [InlineData("---\nbad key!: a\n---\n", "not a valid key")]
    public void Reports_what_is_wrong_and_where(string text, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => FrontMatterDocument.Parse(text));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }
}
