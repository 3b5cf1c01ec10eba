using KernelPortal.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.Core.Identity;

/// <summary>Identity's user and role stores over the portal's database, for both hosts; the web host adds sign-in.</summary>
public static class PortalIdentity
{
    /// <summary>At least this long; no other composition rule beyond Identity's digit and letter cases.</summary>
    public const int MinimumPasswordLength = 12;

    public static IdentityBuilder AddPortalIdentity(this IServiceCollection services, Action<IdentityOptions>? configure = null)
    {
        var builder = services.AddIdentityCore<PortalUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                configure?.Invoke(options);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddErrorDescriber<PortalIdentityErrorDescriber>()
            .AddEntityFrameworkStores<PortalDbContext>();
        services.AddScoped<UserAccounts>();
        return builder;
    }
}
