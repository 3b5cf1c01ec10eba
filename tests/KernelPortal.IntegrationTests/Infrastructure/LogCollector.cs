using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>A Serilog sink that keeps the host's log events for assertions (registered as an <see cref="ILogEventSink"/> service, which the host's Serilog reads).</summary>
internal sealed class LogCollector : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
}
