using System.Globalization;
using System.Resources;

namespace KernelPortal.Web.Cms;

/// <summary>
/// Messages of the CMS forms' DataAnnotations attributes. Attributes cannot take an <c>IStringLocalizer</c>, but they
/// read a static property named by <c>ErrorMessageResourceType</c>/<c>ErrorMessageResourceName</c> when they validate;
/// these properties read <see cref="CmsText"/>'s resources in the current UI culture, so the form speaks the CMS's
/// language. <c>{0}</c> is the field's name, <c>{1}</c> the attribute's limit.
/// </summary>
public static class CmsValidationText
{
    private static readonly ResourceManager Texts = new("KernelPortal.Web.Resources.Cms.CmsText", typeof(CmsText).Assembly);

    public static string EnterEmail => T("Enter your e-mail address.");

    public static string NotAnEmail => T("That is not an e-mail address.");

    public static string EnterPassword => T("Enter your password.");

    public static string EnterCurrentPassword => T("Enter your current password.");

    public static string EnterNewPassword => T("Enter a new password.");

    public static string NewPasswordTooShort => T("The new password is too short: it needs at least {1} characters.");

    public static string NewPasswordTooLong => T("The new password is longer than {1} characters.");

    public static string RepeatNewPassword => T("Enter the new password once more.");

    public static string PasswordsDiffer => T("The two new passwords differ.");

    public static string TooLong => T("At most {1} characters.");

    private static string T(string english) => Texts.GetString(english, CultureInfo.CurrentUICulture) ?? english;
}
