namespace KernelPortal.Core.Content;

/// <summary>A feature area of the kernel as the Kernel-Log grouped them: "Dateisysteme &amp; Storage", "Netzwerk" …</summary>
public class FeatureTag
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1000;

    public int Id { get; private set; }

    /// <summary>URL name, unique: "dateisysteme-storage".</summary>
    public required string Slug { get; set; }

    public required string NameDe { get; set; }

    public required string NameEn { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    /// <summary>Order in navigation and in a "Was X bringt" series (1 = first part).</summary>
    public int Position { get; set; }

    public List<Article> Articles { get; } = [];

    /// <summary>The name in the reader's language.</summary>
    public string Name(Language language) => language == Language.De ? NameDe : NameEn;
}
