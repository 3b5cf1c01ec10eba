namespace KernelPortal.Core.Content;

/// <summary>
/// The Kernel-Log's feature areas, in the order a "Was X bringt" series prints them. The slugs are stable:
/// the path mapping for drafts and the demo content refer to them.
/// </summary>
public static class FeatureAreas
{
    /// <summary>One feature area.</summary>
    public sealed record Area(string Slug, string NameDe, string NameEn, string DescriptionDe, string DescriptionEn);

    /// <summary>All areas, first part first.</summary>
    public static readonly IReadOnlyList<Area> All =
    [
        new("dateisysteme-storage", "Dateisysteme & Storage", "File systems & storage",
            "Dateisysteme, Block-Layer, RAID, NVMe und alles, was Daten speichert.",
            "File systems, the block layer, RAID, NVMe and everything that stores data."),
        new("netzwerk", "Netzwerk", "Networking",
            "Netzwerk-Stack, Protokolle, Netzwerk- und WLAN-Treiber.",
            "The network stack, protocols, network and Wi-Fi drivers."),
        new("grafik", "Grafik", "Graphics",
            "Grafiktreiber, DRM/KMS und GPU-Computing.",
            "Graphics drivers, DRM/KMS and GPU computing."),
        new("prozessoren-plattformen", "Prozessoren & Plattformen", "Processors & platforms",
            "Prozessorarchitekturen, SoCs und Plattformunterstützung.",
            "Processor architectures, SoCs and platform support."),
        new("virtualisierung", "Virtualisierung", "Virtualisation",
            "KVM, Xen, Hyper-V, virtio und Container-Grundlagen.",
            "KVM, Xen, Hyper-V, virtio and the foundations of containers."),
        new("sicherheit", "Sicherheit", "Security",
            "Sicherheitsmodule, Kryptografie und Härtung.",
            "Security modules, cryptography and hardening."),
        new("infrastruktur", "Infrastruktur", "Infrastructure",
            "Scheduler, Speicherverwaltung, Tracing und der Kern des Kernels.",
            "Scheduler, memory management, tracing and the core of the kernel."),
        new("treiber", "Treiber", "Drivers",
            "Treiber für Eingabegeräte, USB, Sound und alles Weitere.",
            "Drivers for input devices, USB, sound and everything else."),
    ];

    /// <summary>
    /// Where drafts put what no area pattern matches ("Sonstiges"): always the last part, never a tag of its own.
    /// </summary>
    public static readonly Area Other = new("sonstiges", "Sonstiges", "Other",
        "Was keinem der Bereiche zuzuordnen ist.",
        "What belongs to none of the areas.");

    /// <summary>The area with that slug (<see cref="Other"/> included), or null.</summary>
    public static Area? Find(string slug) => slug == Other.Slug ? Other : All.FirstOrDefault(a => a.Slug == slug);
}
