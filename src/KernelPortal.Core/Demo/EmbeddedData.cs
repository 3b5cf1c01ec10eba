namespace KernelPortal.Core.Demo;

/// <summary>Reads the files under Demo/Data, which the project embeds so the CLI needs no path to find them.</summary>
internal static class EmbeddedData
{
    private const string Prefix = "KernelPortal.Demo.";

    public static string Read(string fileName)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded demo file '{fileName}' is missing from {typeof(EmbeddedData).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> Names(string extension) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(extension, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal);
}
