using KernelPortal.Core;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>The editorial services wired as the hosts wire them, on the test database, without a web host.</summary>
public sealed class EditorialServices : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public EditorialServices(string connectionString, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddPortalCore(connectionString);
        services.AddPortalIdentity();
        _services = services.BuildServiceProvider();
    }

    public ArticleEditService Editing => _services.GetRequiredService<ArticleEditService>();

    public ScheduledPublisher Publisher => _services.GetRequiredService<ScheduledPublisher>();

    public PresenceTracker Presence => _services.GetRequiredService<PresenceTracker>();

    public ArticleImporter Importer => _services.GetRequiredService<ArticleImporter>();

    public KernelPortal.Core.Media.MediaLibrary Media => _services.GetRequiredService<KernelPortal.Core.Media.MediaLibrary>();

    public KernelPortal.Core.Releases.ReleaseCorrectionService Releases => _services.GetRequiredService<KernelPortal.Core.Releases.ReleaseCorrectionService>();

    public KernelPortal.Core.Content.TaxonomyService Taxonomy => _services.GetRequiredService<KernelPortal.Core.Content.TaxonomyService>();

    public KernelPortal.Core.People.AddressRuleService Rules => _services.GetRequiredService<KernelPortal.Core.People.AddressRuleService>();

    /// <summary>Creates an account with a role and returns it as an actor.</summary>
    public async Task<Actor> CreateUserAsync(string email, string role, string password = "Correct-horse-9-battery")
    {
        await using var scope = _services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var (_, errors) = await accounts.CreateAsync(Actor.Operator, email, email.Split('@')[0], role, password);
        Assert.Empty(errors);
        var user = (await accounts.ListAsync()).Single(u => u.User.Email == email).User;
        return new Actor(user.Id, user.DisplayName, role);
    }

    /// <summary>A scope for the scoped services (UserAccounts keeps a UserManager per scope).</summary>
    public AccountScope CreateScope() => new(_services.CreateAsyncScope());

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    /// <summary>One scope's <see cref="UserAccounts"/>.</summary>
    public sealed class AccountScope(AsyncServiceScope scope) : IAsyncDisposable
    {
        public UserAccounts Accounts => scope.ServiceProvider.GetRequiredService<UserAccounts>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
