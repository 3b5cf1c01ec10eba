using Microsoft.AspNetCore.Identity;

namespace KernelPortal.Core.Identity;

/// <summary>
/// ASP.NET Core Identity's messages that reach people (password rules, taken addresses) through <see cref="CoreText"/>,
/// so an editor with the CMS in German reads them in German. The English texts and the codes are Identity's own.
/// </summary>
public sealed class PortalIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), CoreText.T("An unknown failure has occurred."));

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), CoreText.T("Optimistic concurrency failure, object has been modified."));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), CoreText.T("Incorrect password."));

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), CoreText.T("Email '{0}' is invalid.", email));

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), CoreText.T("Username '{0}' is invalid, can only contain letters or digits.", userName));

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), CoreText.T("Email '{0}' is already taken.", email));

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), CoreText.T("Username '{0}' is already taken.", userName));

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), CoreText.T("Passwords must be at least {0} characters.", length));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), CoreText.T("Passwords must have at least one digit ('0'-'9')."));

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), CoreText.T("Passwords must have at least one lowercase ('a'-'z')."));

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), CoreText.T("Passwords must have at least one uppercase ('A'-'Z')."));

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), CoreText.T("Passwords must have at least one non alphanumeric character."));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), CoreText.T("Passwords must use at least {0} different characters.", uniqueChars));

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
