using KernelPortal.Core.Content;
using KernelPortal.Core.Markdown;
using KernelPortal.Core.Media;

namespace KernelPortal.Core.Editorial;

/// <summary>
/// The images an import brings along: each image a file refers to by a relative path (<c>images/a.png</c>, as Hugo
/// page bundles and <see cref="ArticleExporter"/> write them) is read from beside the file, checked, and its link
/// rewritten to the library address it will have. Nothing is stored until every file of the batch is found good
/// (<see cref="StoreAsync"/>), so a refused batch leaves no images behind either.
/// </summary>
internal sealed class ImportImages
{
    private readonly List<(ImportFile File, int Line, byte[] Data, string FileName, string AltText, MediaAddress Address)> _pending = [];

    /// <summary>The document's body with relative image paths replaced by library addresses; problems are added to <paramref name="problems"/>.</summary>
    public string Rewrite(ImportFile file, FrontMatterDocument document, List<string> problems, List<ImportError> notes) =>
        ImageReferences.Rewrite(document.Body, found =>
        {
            // Messages name the line of the file, not of the body.
            var reference = found with { Line = found.Line + document.BodyLine - 1 };
            if (!reference.IsRelativePath)
            {
                return null;
            }

            if (file.Directory is null)
            {
                problems.Add($"line {reference.Line}: image '{reference.Url}' is a relative path, but the file was not read from a folder");
                return null;
            }

            var relative = Uri.UnescapeDataString(reference.Url.Split('?', '#')[0]);
            var path = Path.GetFullPath(Path.Combine(file.Directory, relative));
            if (!File.Exists(path))
            {
                problems.Add($"line {reference.Line}: image '{reference.Url}' not found (looked for {path})");
                return null;
            }

            var data = File.ReadAllBytes(path);
            var fileName = Path.GetFileName(path);
            switch (ImageInspector.Inspect(data, fileName))
            {
                case ImageInspection.Refused refused:
                    problems.Add($"line {reference.Line}: {refused.Reason}");
                    return null;
                case InspectedImage image:
                    var address = MediaLibrary.AddressFor(data, fileName, image);
                    _pending.Add((file, reference.Line, data, fileName, reference.AltText, address));
                    notes.Add(new ImportError(file.Name, $"image '{reference.Url}' imported as {address.Url}"));
                    return address.Url;
                default:
                    return null;
            }
        });

    /// <summary>Stores the images of a batch that is good; the problems of any the library refuses (then nothing may be imported).</summary>
    public async Task<IReadOnlyList<ImportError>> StoreAsync(MediaLibrary library, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        foreach (var (file, line, data, fileName, altText, address) in _pending)
        {
            var result = await library.UploadAsync(data, fileName, altText, Actor.Import, cancellationToken);
            if (result is MediaUploadResult.Refused refused)
            {
                errors.Add(new ImportError(file.Name, $"line {line}: {refused.Reason}"));
            }
            else if (result is MediaUploadResult.Stored stored && stored.Image.Address != address)
            {
                errors.Add(new ImportError(file.Name, $"line {line}: '{fileName}' is in the library as {stored.Image.Address.Url}, not {address.Url}"));
            }
        }

        return errors;
    }
}
