using System.CommandLine;
using KernelPortal.Core.Editorial;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.Cli.Commands;

/// <summary>
/// <c>kportal article import</c> brings Markdown files with a YAML front-matter header in as articles, all or none;
/// <c>kportal article export</c> writes every article out in the same form.
/// </summary>
internal static class ArticleCommand
{
    /// <summary>Larger files are refused before reading: an article body is at most half a megabyte.</summary>
    private const long MaxFileBytes = 1_000_000;

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Markdown files with a front-matter header.", Arity = ArgumentArity.OneOrMore };
        var import = new Command("import", "Import Markdown files with YAML front matter (this portal's keys and Hugo's or Jekyll's: title, slug, date, draft, tags, description, author, …; docs/cms.md). Any bad file: each problem is reported and nothing is imported.");
        import.Arguments.Add(files);
        import.SetAction(async (result, ct) =>
        {
            var inputs = new List<ImportFile>();
            var unreadable = new List<string>();
            foreach (var file in result.GetValue(files)!)
            {
                if (!file.Exists)
                {
                    unreadable.Add($"{file.FullName}: no such file");
                }
                else if (file.Length > MaxFileBytes)
                {
                    unreadable.Add($"{file.FullName}: {file.Length:N0} bytes is too large for an article (at most {MaxFileBytes:N0})");
                }
                else
                {
                    inputs.Add(new ImportFile(file.Name, await File.ReadAllTextAsync(file.FullName, ct), file.DirectoryName));
                }
            }

            if (unreadable.Count > 0)
            {
                foreach (var line in unreadable)
                {
                    await Console.Error.WriteLineAsync($"kportal: {line}");
                }

                await Console.Error.WriteLineAsync("kportal: nothing imported.");
                return ExitCodes.BadInput;
            }

            return await CliHost.RunAsync(result.GetValue(GlobalOptions.Connection), async services =>
            {
                var report = await services.GetRequiredService<ArticleImporter>().ImportAsync(inputs, ct);
                if (report.Errors.Count > 0)
                {
                    foreach (var error in report.Errors)
                    {
                        await Console.Error.WriteLineAsync($"kportal: {error.File}: {error.Message}");
                    }

                    await Console.Error.WriteLineAsync($"kportal: {report.Errors.Select(e => e.File).Distinct().Count()} of {inputs.Count} file(s) have problems; nothing imported.");
                    return ExitCodes.BadInput;
                }

                foreach (var article in report.Imported)
                {
                    Console.WriteLine($"{article.File}: imported as article {article.Id} '{article.Slug}' ({article.Status})");
                }

                foreach (var note in report.Notes)
                {
                    Console.WriteLine($"{note.File}: {note.Message}");
                }

                return ExitCodes.Success;
            });
        });

        var command = new Command("article", "Manage articles.");
        command.Subcommands.Add(import);
        command.Subcommands.Add(CreateExport());
        return command;
    }

    private static Command CreateExport()
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "An empty or new directory for the files." };
        var export = new Command("export", "Write every article as DIR/{slug}.md with YAML front matter and its images as DIR/media/{key}/{name}.{ext}, in the form 'article import' reads back.");
        export.Arguments.Add(directory);
        export.SetAction(async (result, ct) =>
        {
            var target = result.GetValue(directory)!;
            if (target.Exists && target.EnumerateFileSystemInfos().Any())
            {
                await Console.Error.WriteLineAsync($"kportal: {target.FullName} is not empty; export writes into an empty or new directory so that nothing is overwritten.");
                return ExitCodes.BadInput;
            }

            return await CliHost.RunAsync(result.GetValue(GlobalOptions.Connection), async services =>
            {
                var export = await services.GetRequiredService<ArticleExporter>().ExportAsync(ct);
                target.Create();
                foreach (var article in export.Articles)
                {
                    await File.WriteAllTextAsync(Path.Combine(target.FullName, article.FileName), article.Text, ct);
                }

                foreach (var image in export.Images)
                {
                    var path = Path.Combine(target.FullName, image.RelativePath);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    await File.WriteAllBytesAsync(path, image.Data, ct);
                }

                Console.WriteLine($"{export.Articles.Count} article(s) and {export.Images.Count} image(s) written to {target.FullName}");
                return ExitCodes.Success;
            });
        });
        return export;
    }
}
