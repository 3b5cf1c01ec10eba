using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>Starts a real Kestrel on a free 127.0.0.1 port for stand-ins of remote APIs, recording every request.</summary>
internal static class LocalServer
{
    public static async Task<(WebApplication App, Uri BaseUri)> StartAsync(ConcurrentQueue<string> requests, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            requests.Enqueue(context.Request.Path + context.Request.QueryString);
            await next(context);
        });
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address + "/"));
    }
}
