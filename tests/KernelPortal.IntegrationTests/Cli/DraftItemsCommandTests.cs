using System.Text.Json;
using KernelPortal.IntegrationTests.Git;

namespace KernelPortal.IntegrationTests.Cli;

/// <summary><c>kportal draft --json</c> on a repository the test builds: items, provenance, ranking, options.</summary>
public class DraftItemsCommandTests
{
    private static async Task<(JsonDocument Json, DraftRepository.Commits Commits, string Error)> DraftAsync()
    {
        var (repo, commits) = DraftRepository.Build();
        using (repo)
        {
            var result = await KportalProcess.RunAsync(["draft", "--repo", repo.Path, "--from", "v1.0", "--to", "v1.1-rc1", "--json", "--commit-url", "https://git.example.org/c/"]);
            Assert.True(result.ExitCode == 0, result.Error);
            return (JsonDocument.Parse(result.Output), commits, result.Error);
        }
    }

    private static JsonElement Part(JsonDocument json, string area) =>
        json.RootElement.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("area").GetString() == area);

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task The_title_names_the_release_and_every_merge_is_in_exactly_one_part_with_Sonstiges_last()
    {
        var (json, commits, error) = await DraftAsync();

        Assert.Equal("1.1", json.RootElement.GetProperty("release").GetString());
        Assert.Equal("Was 1.1 bringt", json.RootElement.GetProperty("title").GetString());
        var parts = json.RootElement.GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal("sonstiges", parts[^1].GetProperty("area").GetString());
        var merges = parts.SelectMany(p => p.GetProperty("merges").EnumerateArray().Select(m => m.GetProperty("commitId").GetString())).ToList();
        Assert.Equal(
            new[] { commits.NetMerge, commits.FsMerge, commits.MiscMerge, commits.KconfigMerge }.Order(StringComparer.Ordinal),
            merges.Order(StringComparer.Ordinal));
        Assert.Equal(4, json.RootElement.GetProperty("merges").GetInt32());
        // The counts are said per part, on the terminal too.
        Assert.Contains("Was 1.1 bringt (2): Netzwerk: 2 merges, 4 items (1 trivia), 2 new and 0 removed options", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nested_bullets_stay_under_their_parent_and_items_carry_their_commits_and_lines()
    {
        var (json, commits, _) = await DraftAsync();
        var net = Part(json, "netzwerk");
        var items = net.GetProperty("items").EnumerateArray().ToList();

        var zeta = items[0];
        Assert.Equal("New driver for Zeta Ethernet controllers", zeta.GetProperty("text").GetString());
        Assert.Equal("Drivers", zeta.GetProperty("context").GetString());
        Assert.Equal([commits.Zeta], Strings(zeta.GetProperty("commits")));
        Assert.Equal(commits.NetMerge, zeta.GetProperty("merge").GetString());
        Assert.Equal([4, 4], zeta.GetProperty("sourceLines").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(["NET_VENDOR_ZETA", "ZETA_ETH"], Strings(zeta.GetProperty("newOptions")));
        Assert.Equal(2, zeta.GetProperty("newFiles").GetInt32());

        var acme = items.Single(i => i.GetProperty("text").GetString() == "acme:");
        Assert.Equal(["faster fast path in acme_main.c", "less locking"], acme.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
        Assert.Equal([commits.Acme], Strings(acme.GetProperty("commits")));
        Assert.Equal([5, 7], acme.GetProperty("sourceLines").EnumerateArray().Select(e => e.GetInt32()));

        // Ranked by score, trivia last.
        var scores = items.Where(i => !i.GetProperty("trivia").GetBoolean()).Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        var trivia = items[^1];
        Assert.True(trivia.GetProperty("trivia").GetBoolean());
        Assert.Equal("minor cleanups and a typo fix in dev.c", trivia.GetProperty("text").GetString());
        Assert.Equal([commits.Typo], Strings(trivia.GetProperty("commits")));
    }

    [Fact]
    public async Task A_prose_only_pull_gives_one_item_per_paragraph_and_a_merge_without_text_one_from_its_commits()
    {
        var (json, commits, _) = await DraftAsync();

        var storage = Part(json, "dateisysteme-storage").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, storage.Count(i => i.GetProperty("merge").GetString() == commits.FsMerge));
        Assert.All(storage.Where(i => i.GetProperty("merge").GetString() == commits.FsMerge), i => Assert.Equal([commits.Folio], Strings(i.GetProperty("commits"))));

        var other = Part(json, "sonstiges");
        var item = Assert.Single(other.GetProperty("items").EnumerateArray());
        Assert.Equal("Merge branch 'misc': 1 Commit, darunter „MAINTAINERS: add TIDY“", item.GetProperty("text").GetString());
        Assert.Equal([commits.Misc], Strings(item.GetProperty("commits")));
        Assert.Equal(JsonValueKind.Null, item.GetProperty("sourceLines").ValueKind);
    }

    [Fact]
    public async Task Options_new_at_the_later_tag_and_removed_ones_moves_being_neither()
    {
        var (json, commits, _) = await DraftAsync();

        var added = json.RootElement.GetProperty("newOptions").EnumerateArray().ToList();
        Assert.Equal(["NET_VENDOR_ZETA", "ZETA_ETH"], added.Select(o => o.GetProperty("symbol").GetString()));
        var eth = added[1];
        Assert.Equal("Zeta Ethernet support", eth.GetProperty("prompt").GetString());
        Assert.Equal("This driver supports Zeta Ethernet controllers.", eth.GetProperty("help").GetString());
        Assert.Equal("drivers/net/ethernet/zeta/Kconfig", eth.GetProperty("file").GetString());
        Assert.Equal("netzwerk", eth.GetProperty("area").GetString());
        Assert.Equal(commits.NetMerge, eth.GetProperty("merge").GetString());
        Assert.Equal("Zeta devices", added[0].GetProperty("prompt").GetString());

        var removed = Assert.Single(json.RootElement.GetProperty("removedOptions").EnumerateArray());
        Assert.Equal(("FS_GONE", "dateisysteme-storage"), (removed.GetProperty("symbol").GetString(), removed.GetProperty("area").GetString()));
        Assert.Equal(2, Part(json, "netzwerk").GetProperty("newOptions").GetArrayLength());

        // An item naming a removed symbol is tied to the commit that removed it, and placed in its file's area.
        var drop = Part(json, "dateisysteme-storage").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("text").GetString() == "drop the FS_GONE file system");
        Assert.Equal([commits.Kconfig], Strings(drop.GetProperty("commits")));
        Assert.Equal(commits.KconfigMerge, Assert.Single(Part(json, "netzwerk").GetProperty("merges").EnumerateArray(), m => m.GetProperty("commitId").GetString() == commits.KconfigMerge).GetProperty("commitId").GetString());
    }

    [Fact]
    public async Task The_Markdown_opens_each_part_with_a_German_lead_and_links_to_the_configured_tree()
    {
        var (repo, commits) = DraftRepository.Build();
        using (repo)
        {
            var result = await KportalProcess.RunAsync(["draft", "--repo", repo.Path, "--from", "v1.0", "--to", "v1.1-rc1", "--commit-url", "https://git.example.org/c/"]);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("# Was 1.1 bringt (2): Netzwerk", result.Output, StringComparison.Ordinal);
            Assert.Contains("Im Bereich Netzwerk hat Linux 1.1 2 Merges mit 4 Neuerungen aufgenommen; 2 Konfigurationsoptionen sind neu.", result.Output, StringComparison.Ordinal);
            Assert.Contains($"[{commits.Zeta[..7]}](https://git.example.org/c/{commits.Zeta})", result.Output, StringComparison.Ordinal);
            Assert.Contains("- `CONFIG_ZETA_ETH`: Zeta Ethernet support – This driver supports Zeta Ethernet controllers. (`drivers/net/ethernet/zeta/Kconfig`)", result.Output, StringComparison.Ordinal);
            Assert.Contains("### Entfernte Optionen\n\n- `CONFIG_FS_GONE`", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("git.kernel.org/torvalds", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_commit_url_that_is_no_URL_exits_with_2()
    {
        var (repo, _) = DraftRepository.Build();
        using (repo)
        {
            var result = await KportalProcess.RunAsync(["draft", "--repo", repo.Path, "--from", "v1.0", "--to", "v1.1-rc1", "--commit-url", "not a url"]);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--commit-url must be an absolute http(s) URL", result.Error, StringComparison.Ordinal);
        }
    }
}
