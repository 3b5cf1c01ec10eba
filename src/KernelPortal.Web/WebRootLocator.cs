using Microsoft.Extensions.FileProviders;

namespace KernelPortal.Web;

/// <summary>
/// Points the host at the repository's top-level <c>wwwroot/</c> (style guide §10). ASP.NET Core expects a web
/// root inside the project; the source tree keeps it at the top, and publishing copies it next to the app.
/// </summary>
internal static class WebRootLocator
{
    public static void UseTopLevelWebRoot(IWebHostEnvironment environment)
    {
        var path = Find(environment.ContentRootPath)
            ?? throw new InvalidOperationException(
                $"No web root found: looked for wwwroot/ in {environment.ContentRootPath} and two levels up (the repository's top level).");
        environment.WebRootPath = path;
        environment.WebRootFileProvider = new PhysicalFileProvider(path);
    }

    /// <summary>A published app has ./wwwroot; in the source tree the project sits at src/KernelPortal.Web.</summary>
    internal static string? Find(string contentRoot) =>
        new[] { Path.Combine(contentRoot, "wwwroot"), Path.Combine(contentRoot, "..", "..", "wwwroot") }
            .Select(Path.GetFullPath)
            .FirstOrDefault(p => File.Exists(Path.Combine(p, "css", "site.css")));
}
