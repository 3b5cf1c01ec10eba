using System.CommandLine;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.Cli.Commands;

/// <summary><c>kportal user add</c>: creates a CMS account; the first Admin comes from here, since there is no default one.</summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail address, which is also its login.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", Roles.All)}.", Required = true };
        var name = new Option<string?>("--name") { Description = "The byline printed under articles; defaults to the e-mail address." };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Read the password from the first line of standard input instead of generating a one-time password.",
        };

        var add = new Command("add", "Create an account with one role and print its one-time password (or read one from stdin).");
        add.Options.Add(email);
        add.Options.Add(role);
        add.Options.Add(name);
        add.Options.Add(passwordStdin);
        add.SetAction(async (result, ct) =>
        {
            string? password = null;
            if (result.GetValue(passwordStdin))
            {
                password = (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n');
                if (string.IsNullOrEmpty(password))
                {
                    await Console.Error.WriteLineAsync("kportal: --password-stdin given, but standard input had no password line.");
                    return ExitCodes.BadInput;
                }
            }

            var requestedRole = Roles.All.FirstOrDefault(r => r.Equals(result.GetValue(role), StringComparison.OrdinalIgnoreCase)) ?? result.GetValue(role)!;
            return await CliHost.RunAsync(result.GetValue(GlobalOptions.Connection), async services =>
            {
                var (created, errors) = await services.GetRequiredService<UserAccounts>()
                    .CreateAsync(Actor.Operator, result.GetValue(email)!, result.GetValue(name) ?? string.Empty, requestedRole, password);
                if (errors.Count > 0)
                {
                    foreach (var error in errors)
                    {
                        await Console.Error.WriteLineAsync($"kportal: {error}");
                    }

                    return ExitCodes.BadInput;
                }

                Console.WriteLine(password is null
                    ? $"Created {result.GetValue(email)} as {requestedRole}. One-time password (shown only now): {created}\nThe first login asks for a new password."
                    : $"Created {result.GetValue(email)} as {requestedRole} with the password from standard input.");
                return ExitCodes.Success;
            });
        });

        var command = new Command("user", "Manage CMS accounts.");
        command.Subcommands.Add(add);
        return command;
    }
}
