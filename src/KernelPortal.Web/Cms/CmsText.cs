namespace KernelPortal.Web.Cms;

/// <summary>
/// The CMS's texts: components take <c>IStringLocalizer&lt;CmsText&gt;</c>, whose keys are the English texts and
/// whose German translations are in <c>Resources/Cms/CmsText.de.resx</c>. A key without a translation shows in
/// English; a test fails for every such key the CMS uses.
/// </summary>
public sealed class CmsText
{
    private CmsText()
    {
    }
}
