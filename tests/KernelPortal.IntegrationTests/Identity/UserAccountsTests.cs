using KernelPortal.Core.Identity;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Identity;

/// <summary>Accounts change only through UserAccounts, and only for an actor who is an Admin now.</summary>
public class UserAccountsTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_an_admin_creates_changes_and_unlocks_accounts()
    {
        await using var services = new EditorialServices(Database.ConnectionString);
        var editor = await services.CreateUserAsync("redaktion@example.org", Roles.Editor);
        var admin = await services.CreateUserAsync("admin@example.org", Roles.Admin);
        await using var scope = services.CreateScope();
        var accounts = scope.Accounts;

        var (password, createdByEditor) = await accounts.CreateAsync(editor, "neu@example.org", "Neu", Roles.Author, null);
        var promotedByEditor = await accounts.SetRoleAsync(editor, editor.UserId!.Value, Roles.Admin);
        var unlockedByEditor = await accounts.UnlockAsync(editor, editor.UserId.Value);
        var demotedByAdmin = await accounts.SetRoleAsync(admin, editor.UserId.Value, Roles.Author);
        var unknown = await accounts.UnlockAsync(admin, Guid.NewGuid());

        Assert.Null(password);
        Assert.All(new[] { createdByEditor, promotedByEditor, unlockedByEditor }, errors => Assert.Equal(["Only admins manage accounts."], errors));
        Assert.Empty(demotedByAdmin);
        Assert.Equal(["No such account."], unknown);
        await using var db = Database.CreateContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "neu@example.org", Ct));
        var roles = (await accounts.ListAsync()).Single(u => u.User.Email == "redaktion@example.org").Roles;
        Assert.Equal([Roles.Author], roles);
    }
}
