using KernelPortal.Core.Markdown;

namespace KernelPortal.UnitTests.Markdown;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Renders_tables_code_and_heading_anchors()
    {
        var html = _renderer.ToHtml("## Dateisysteme\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```c\nint x;\n```\n");

        Assert.Contains("<h2 id=\"dateisysteme\">", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"language-c\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("[x](javascript:alert(1))", "javascript:")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)", "data:")]
    [InlineData("[x](vbscript:msgbox)", "vbscript:")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("<form action=/x><input></form>", "<form")]
    public void Leaves_nothing_executable(string markdown, string forbidden)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Keeps_ordinary_links()
    {
        var html = _renderer.ToHtml("[Releases](/releases) and [LKML](https://lore.kernel.org/lkml/)");

        Assert.Contains("href=\"/releases\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://lore.kernel.org/lkml/\"", html, StringComparison.Ordinal);
    }
}
