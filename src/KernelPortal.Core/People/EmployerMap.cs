using System.Collections.Frozen;

namespace KernelPortal.Core.People;

/// <summary>
/// Which employer stands behind an e-mail address, as gitdm decides it: a rule for the exact address first (kept by
/// editors in the CMS), else the longest listed domain the address's domain ends in (People/Data/employers.txt),
/// else <see cref="Unknown"/>. Addresses and domains compare case-insensitively.
/// </summary>
public sealed class EmployerMap
{
    /// <summary>The employer of freemail, kernel.org and unlisted domains.</summary>
    public const string Unknown = "(unbekannt)";

    private readonly FrozenDictionary<string, string> _domains;
    private readonly FrozenDictionary<string, string> _addresses;

    private EmployerMap(FrozenDictionary<string, string> domains, FrozenDictionary<string, string> addresses)
    {
        _domains = domains;
        _addresses = addresses;
    }

    /// <summary>The domain map that ships with the portal.</summary>
    public static EmployerMap Default { get; } = Parse(ReadEmbedded());

    /// <summary>Number of listed domains.</summary>
    public int DomainCount => _domains.Count;

    /// <summary>Reads a domain map: "domain employer…" per line, <c>#</c> comments and blank lines ignored.</summary>
    /// <exception cref="FormatException">A line without an employer or a domain listed twice, with its line number.</exception>
    public static EmployerMap Parse(string text)
    {
        var domains = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var split = line.IndexOfAny([' ', '\t']);
            if (split < 0 || line[split..].Trim().Length == 0)
            {
                throw new FormatException($"Line {number}: \"{line}\" names a domain without an employer.");
            }

            if (!domains.TryAdd(line[..split].Trim('.'), line[split..].Trim()))
            {
                throw new FormatException($"Line {number}: the domain {line[..split]} is listed twice.");
            }
        }

        return new EmployerMap(domains.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), FrozenDictionary<string, string>.Empty);
    }

    /// <summary>This map with rules for single addresses, which win over the domains.</summary>
    public EmployerMap WithAddressRules(IEnumerable<KeyValuePair<string, string>> rules) =>
        new(_domains, rules.ToFrozenDictionary(r => r.Key.Trim(), r => r.Value.Trim(), StringComparer.OrdinalIgnoreCase));

    /// <summary>The employer for an address.</summary>
    public string For(string email)
    {
        if (_addresses.TryGetValue(email, out var byAddress))
        {
            return byAddress;
        }

        var at = email.LastIndexOf('@');
        if (at < 0)
        {
            return Unknown;
        }

        // linux.intel.com, then intel.com, then com: the longest listed suffix wins.
        var domain = email[(at + 1)..].TrimEnd('>', ' ');
        while (domain.Length > 0)
        {
            if (_domains.TryGetValue(domain, out var employer))
            {
                return employer;
            }

            var dot = domain.IndexOf('.', StringComparison.Ordinal);
            domain = dot < 0 ? string.Empty : domain[(dot + 1)..];
        }

        return Unknown;
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(EmployerMap).Assembly.GetManifestResourceStream("KernelPortal.People.employers.txt")
            ?? throw new InvalidOperationException("The embedded employer map People/Data/employers.txt is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
