using System.Net;
using KernelPortal.IntegrationTests.Infrastructure;
using KernelPortal.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;

namespace KernelPortal.IntegrationTests.Web;

/// <summary>The bulkhead for public reads (issue 15): renders wait their turn, nothing else is held up.</summary>
public class PublicReadLimitTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IConfiguration Settings(int permits, int queue) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PublicReads:MaxConcurrent"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PublicReads:QueueLimit"] = queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        .Build();

    private static DefaultHttpContext Request(string method, params object[] metadata)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(metadata), "test"));
        return http;
    }

    [Fact]
    public void Only_reads_of_cacheable_endpoints_take_a_permit_and_the_permits_are_counted()
    {
        using var limiter = PublicReadLimit.Create(Settings(permits: 2, queue: 0));
        var page = Request("GET", new OutputCacheAttribute());

        using var first = limiter.AttemptAcquire(page);
        using var second = limiter.AttemptAcquire(Request("HEAD", new OutputCacheAttribute()));
        using var third = limiter.AttemptAcquire(page);
        using var post = limiter.AttemptAcquire(Request("POST", new OutputCacheAttribute()));
        using var cms = limiter.AttemptAcquire(Request("GET"));

        Assert.True(first.IsAcquired);
        Assert.True(second.IsAcquired);
        Assert.False(third.IsAcquired);
        Assert.True(post.IsAcquired, "a POST is not a public read");
        Assert.True(cms.IsAcquired, "an endpoint without a cache policy (CMS, health) is never held up");
        Assert.False(PublicReadLimit.IsPublicRead(new DefaultHttpContext { Request = { Method = "GET" } }));
    }

    [Fact]
    public void Zero_turns_the_limit_off()
    {
        using var limiter = PublicReadLimit.Create(Settings(permits: 0, queue: 0));
        var page = Request("GET", new OutputCacheAttribute());

        var leases = Enumerable.Range(0, 100).Select(_ => limiter.AttemptAcquire(page)).ToList();

        Assert.All(leases, lease => Assert.True(lease.IsAcquired));
        leases.ForEach(lease => lease.Dispose());
    }

    [Fact]
    public async Task With_one_permit_many_readers_at_once_all_get_their_page()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString, ("PublicReads:MaxConcurrent", "1"), ("OutputCache:Enabled", "false"));
        var client = app.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => client.GetAsync(i % 2 == 0 ? "/" : "/releases", Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }
}
