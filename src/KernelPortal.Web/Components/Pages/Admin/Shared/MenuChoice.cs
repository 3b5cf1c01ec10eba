namespace KernelPortal.Web.Components.Pages.Admin.Shared;

/// <summary>One entry of a CMS menu (a filter, a release to pick): its value and what it says.</summary>
/// <param name="Id">The release's or tag's id.</param>
/// <param name="Label">"6.1", or the tag's name in the CMS's language.</param>
public sealed record MenuChoice(int Id, string Label);
