using Microsoft.AspNetCore.Components.Server.Circuits;

namespace KernelPortal.Web.Cms;

/// <summary>
/// Whether the browser behind this circuit is still connected. Blazor keeps a circuit for minutes after its browser
/// vanished (so a flaky network can reconnect); the editor must not report presence for a browser that is gone, so
/// it stops its heartbeat and leaves the moment the connection drops, and reports in again when it comes back.
/// </summary>
internal sealed class CircuitConnection : CircuitHandler
{
    /// <summary>Whether the browser is connected now.</summary>
    public bool IsConnected { get; private set; } = true;

    /// <summary>Raised with the new state when the connection drops or comes back.</summary>
    public event Func<bool, Task>? Changed;

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken) => SetAsync(false);

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken) => SetAsync(true);

    private Task SetAsync(bool connected)
    {
        IsConnected = connected;
        return Changed?.Invoke(connected) ?? Task.CompletedTask;
    }
}
