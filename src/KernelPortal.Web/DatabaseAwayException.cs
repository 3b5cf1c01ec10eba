namespace KernelPortal.Web;

/// <summary>Thrown for a request answered without asking the database while <see cref="DatabaseAwayWindow"/> is open.</summary>
internal sealed class DatabaseAwayException() : Exception("The database was found away moments ago; answered without asking it again.");
