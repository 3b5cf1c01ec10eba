using System.Text.RegularExpressions;
using KernelPortal.Core.Identity;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Cli;

public class UserCommandTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(PortalUser User, List<string> Roles)> StoredAsync(string email)
    {
        await using var db = Database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Email == email, Ct);
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(Ct);
        return (user, roles);
    }

    [Fact]
    public async Task Adds_an_account_and_prints_a_one_time_password_that_works()
    {
        var result = await KportalProcess.RunAsync(["user", "add", "--email", "anna@example.org", "--role", "editor", "--name", "Anna Beispiel"], Database.ConnectionString);

        Assert.Equal(0, result.ExitCode);
        var password = Regex.Match(result.Output, @"One-time password \(shown only now\): (\S+)").Groups[1].Value;
        Assert.Equal(20, password.Length);
        var (user, roles) = await StoredAsync("anna@example.org");
        Assert.Equal(["Editor"], roles);
        Assert.Equal("Anna Beispiel", user.DisplayName);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<PortalUser>().VerifyHashedPassword(user, user.PasswordHash!, password));
    }

    [Fact]
    public async Task Reads_the_password_from_standard_input_when_asked()
    {
        var result = await KportalProcess.RunAsync(["user", "add", "--email", "bernd@example.org", "--role", "Author", "--password-stdin"], Database.ConnectionString, "Mein-langes-Passwort-7\n");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Mein-langes-Passwort-7", result.Output, StringComparison.Ordinal);
        var (user, _) = await StoredAsync("bernd@example.org");
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<PortalUser>().VerifyHashedPassword(user, user.PasswordHash!, "Mein-langes-Passwort-7"));
    }

    [Theory]
    [InlineData(new[] { "--email", "x@example.org", "--role", "Boss" }, null, "not a role")]
    [InlineData(new[] { "--email", "x@example.org", "--role", "Author", "--password-stdin" }, "kurz\n", "at least 12 characters")]
    [InlineData(new[] { "--email", "x@example.org", "--role", "Author", "--password-stdin" }, "", "had no password line")]
    public async Task Bad_input_exits_2_with_the_reason_and_creates_nothing(string[] options, string? stdin, string reason)
    {
        var result = await KportalProcess.RunAsync(["user", "add", .. options], Database.ConnectionString, stdin);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.False(await db.Users.AnyAsync(Ct));
    }

    [Fact]
    public async Task A_second_account_with_the_same_address_is_refused()
    {
        await KportalProcess.RunAsync(["user", "add", "--email", "anna@example.org", "--role", "Author"], Database.ConnectionString);

        var again = await KportalProcess.RunAsync(["user", "add", "--email", "anna@example.org", "--role", "Admin"], Database.ConnectionString);

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already taken", again.Error, StringComparison.Ordinal);
        Assert.Equal(["Author"], (await StoredAsync("anna@example.org")).Roles);
    }
}
