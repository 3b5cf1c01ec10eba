using KernelPortal.Core.Content;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>Counts the content-change signals a service sends (the hosts' notifier tells every instance instead).</summary>
internal sealed class CountingNotifier : IContentChangeNotifier
{
    public int Changes { get; private set; }

    public Task ContentChangedAsync(CancellationToken cancellationToken)
    {
        Changes++;
        return Task.CompletedTask;
    }
}
