namespace KernelPortal.Web.Cms;

/// <summary>
/// Keeps public pages free of Blazor's interactive machinery. With an interactive render mode configured, Blazor
/// persists component state at the end of every server-rendered page, and that persistence asks antiforgery for a
/// token, which sets a cookie; a response with a cookie cannot be output-cached. Only /admin pages are interactive,
/// so every other page endpoint gets Blazor's "no render modes configured" metadata, for which it persists nothing.
/// </summary>
/// <remarks>
/// The metadata type is internal to ASP.NET Core, hence the reflection. If a future version renames it, start-up
/// fails here with a clear message, and the output-cache tests (public pages must set no cookie) fail too.
/// </remarks>
internal static class PublicPagesConvention
{
    private const string MetadataTypeName = "Microsoft.AspNetCore.Components.Endpoints.ConfiguredRenderModesMetadata";

    public static RazorComponentsEndpointConventionBuilder KeepPublicPagesStatic(this RazorComponentsEndpointConventionBuilder builder)
    {
        var metadataType = typeof(RazorComponentsEndpointConventionBuilder).Assembly.GetType(MetadataTypeName)
            ?? throw new InvalidOperationException($"{MetadataTypeName} not found: check PublicPagesConvention against this ASP.NET Core version.");
        var noRenderModes = Activator.CreateInstance(metadataType, [Array.Empty<Microsoft.AspNetCore.Components.IComponentRenderMode>()])!;
        builder.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText is { } pattern
                && !pattern.StartsWith("/admin", StringComparison.OrdinalIgnoreCase))
            {
                var configured = endpoint.Metadata.Where(metadataType.IsInstanceOfType).ToList();
                if (configured.Count > 0)
                {
                    configured.ForEach(m => endpoint.Metadata.Remove(m));
                    endpoint.Metadata.Add(noRenderModes);
                }
            }
        });
        return builder;
    }
}
