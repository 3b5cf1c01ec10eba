namespace KernelPortal.Cli.Commands;

/// <summary><see cref="Progress{T}"/> posts to the thread pool and can reorder lines; this reports in order.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
