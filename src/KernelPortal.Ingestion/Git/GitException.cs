namespace KernelPortal.Ingestion.Git;

/// <summary>A git operation failed in a way the user can act on: no repository, unknown tag, git missing.</summary>
public sealed class GitException(string message, Exception? inner = null) : Exception(message, inner);
