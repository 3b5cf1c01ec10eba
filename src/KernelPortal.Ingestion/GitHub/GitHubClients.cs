using Octokit;

namespace KernelPortal.Ingestion.GitHub;

/// <summary>Creates Octokit clients for the configured API (github.com, Enterprise, or a test server).</summary>
public static class GitHubClients
{
    public static IGitHubClient Create(GitHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var client = new GitHubClient(new ProductHeaderValue("KernelPortal"), new Uri(options.ApiUrl));
        if (!string.IsNullOrWhiteSpace(options.Token))
        {
            client.Credentials = new Credentials(options.Token);
        }

        return client;
    }
}
