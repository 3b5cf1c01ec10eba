namespace KernelPortal.UnitTests;

/// <summary>Files under tests/fixtures, copied next to the test binaries.</summary>
internal static class Fixtures
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "fixtures", .. parts]);

    public static byte[] Mail(string name) => File.ReadAllBytes(Path("mail", name));
}
