using System.Globalization;
using KernelPortal.Core.Media;

namespace KernelPortal.UnitTests.Media;

public class ImageInspectorTests
{
    private static InspectedImage Taken(byte[] data, string name) =>
        Assert.IsType<InspectedImage>(ImageInspector.Inspect(data, name));

    private static string Refused(byte[] data, string name) =>
        Assert.IsType<ImageInspection.Refused>(ImageInspector.Inspect(data, name)).Reason;

    [Fact]
    public void Takes_the_formats_browsers_show_and_reads_their_size_from_the_header()
    {
        Assert.Equal((MediaFormat.Png, 640, 360), Facts(Taken(TestImages.Png(640, 360), "shot.png")));
        Assert.Equal((MediaFormat.Jpeg, 800, 600), Facts(Taken(TestImages.Jpeg(800, 600), "photo.JPEG")));
        Assert.Equal((MediaFormat.Webp, 300, 200), Facts(Taken(TestImages.Webp(300, 200), "a.webp")));
        Assert.Equal((MediaFormat.Svg, 200, 100), Facts(Taken(TestImages.Svg(), "diagram.svg")));

        static (MediaFormat, int, int) Facts(InspectedImage image) => (image.Format, image.Width, image.Height);
    }

    [Fact]
    public void A_PNG_named_as_a_JPEG_is_refused_with_what_it_really_is()
    {
        var reason = Refused(TestImages.Png(100, 100), "screenshot.jpg");

        Assert.Contains("named as a JPEG file but holds a PNG image", reason, StringComparison.Ordinal);
        Assert.Contains("*.png", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_50_MB_is_refused_before_it_is_read_as_an_image()
    {
        var big = new byte[50 * 1024 * 1024];
        TestImages.Png(10, 10).CopyTo(big, 0);

        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-GB");
        try
        {
            Assert.Contains("has 50.0 MB; at most 20.0 MB are accepted", Refused(big, "poster.png"), StringComparison.Ordinal);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Contains("50,0 MB", Refused(big, "poster.png"), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_decompression_bomb_is_refused_from_its_header()
    {
        var bomb = TestImages.PngClaiming(100_000, 100_000);
        Assert.True(bomb.Length < 2_000, "the bomb is a small file");

        // Messages format numbers in the current culture (the CMS's German or English); this one reads them in English.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-GB");
        try
        {
            var reason = Refused(bomb, "bomb.png");

            Assert.Contains("100,000 × 100,000 pixels (10,000 megapixels); at most 40 megapixels", reason, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void An_editor_with_the_CMS_in_German_reads_the_refusal_in_German()
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal(
                "„bomb.png“ hat 100.000 × 100.000 Pixel (10.000 Megapixel); angenommen werden höchstens 40 Megapixel und 16.384 Pixel je Seite.",
                Refused(TestImages.PngClaiming(100_000, 100_000), "bomb.png"));
            Assert.Equal("„a.svg“ wird als SVG abgelehnt: es enthält ein <script>-Element. Exportieren Sie das Diagramm erneut als einfaches SVG oder als PNG.",
                Refused(TestImages.Svg("<script>x</script>"), "a.svg"));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    [Fact]
    public void An_image_just_under_the_pixel_limit_is_taken()
    {
        var image = Taken(TestImages.PngClaiming(8000, 5000), "wide.png");

        Assert.Equal((8000, 5000), (image.Width, image.Height));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<rect width=\"1\" height=\"1\" onload=\"alert(1)\"/>", "event handler")]
    [InlineData("<a xlink:href=\"javascript:alert(1)\"><text>x</text></a>", "javascript:")]
    [InlineData("<a href=\"java\tscript:alert(1)\"><text>x</text></a>", "javascript:")]
    [InlineData("<image href=\"https://tracker.example/p.png\" width=\"1\" height=\"1\"/>", "another file or site")]
    [InlineData("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>", "<foreignObject>")]
    [InlineData("<style>@import url(https://evil.example/x.css);</style>", "style sheet loads from elsewhere")]
    [InlineData("<rect style=\"fill:url(https://evil.example/a.svg#p)\" width=\"1\" height=\"1\"/>", "style attribute loads")]
    [InlineData("<set attributeName=\"href\" to=\"javascript:alert(1)\"/>", "<set>")]
    public void An_SVG_that_could_run_or_load_anything_is_refused(string inner, string expected)
    {
        var reason = Refused(TestImages.Svg(inner), "diagram.svg");

        Assert.Contains("is refused as SVG", reason, StringComparison.Ordinal);
        Assert.Contains(expected, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_SVG_with_internal_references_gradients_and_a_view_box_is_taken()
    {
        var svg = TestImages.Svg(
            "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient><path id=\"p\" d=\"M0 0L10 10\"/></defs>" +
            "<use href=\"#p\"/><rect width=\"10\" height=\"10\" style=\"fill:url(#g)\"/>",
            "viewBox=\"0 0 1200 400\"");

        var image = Taken(svg, "diagram.svg");

        Assert.Equal((1200, 400), (image.Width, image.Height));
    }

    [Fact]
    public void An_SVG_with_a_document_type_declaration_is_refused_without_expanding_it()
    {
        var svg = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"><text>&b;</text></svg>"u8.ToArray();

        Assert.Contains("not well-formed XML", Refused(svg, "entities.svg"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_SVG_without_a_size_is_refused()
    {
        Assert.Contains("neither width and height nor a viewBox", Refused(TestImages.Svg(attributes: string.Empty), "a.svg"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.txt", "plain text")]
    [InlineData("empty.png", "")]
    [InlineData("paper.pdf", "%PDF-1.7\n")]
    public void Files_that_are_no_image_are_refused(string name, string content)
    {
        var reason = Refused(System.Text.Encoding.UTF8.GetBytes(content), name);

        Assert.Contains($"'{name}'", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PNG_cut_off_after_its_header_is_refused_as_damaged()
    {
        var png = TestImages.Png(400, 300);

        var reason = Refused(png[..40], "cut.png");

        Assert.Contains("damaged or incomplete", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_JPEG_turned_by_EXIF_is_measured_as_it_is_shown()
    {
        var image = Taken(TestImages.Jpeg(300, 100, orientation: 6), "phone.jpg");

        Assert.Equal((100, 300), (image.Width, image.Height));
    }
}
