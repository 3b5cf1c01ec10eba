namespace KernelPortal.Core.Content;

/// <summary>The two languages the portal publishes in.</summary>
public enum Language
{
    /// <summary>German, the Kernel-Log's own language.</summary>
    De,

    /// <summary>English.</summary>
    En,
}
