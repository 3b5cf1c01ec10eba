using Microsoft.AspNetCore.Components;

namespace KernelPortal.Web.Components;

/// <summary>
/// Base of the statically rendered public pages: the request's abort token, so that a page's queries stop when the
/// reader hangs up (the request then ends as 499, see <see cref="ClientAborts"/>).
/// </summary>
public abstract class PublicPage : ComponentBase
{
    /// <summary>The static render's request (null only where a page is rendered without one).</summary>
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    /// <summary>Cancelled when the client goes away.</summary>
    protected CancellationToken RequestAborted => HttpContext?.RequestAborted ?? CancellationToken.None;
}
