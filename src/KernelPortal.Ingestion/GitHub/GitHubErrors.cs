using KernelPortal.Ingestion.Git;
using Octokit;

namespace KernelPortal.Ingestion.GitHub;

/// <summary>
/// Turns whatever a GitHub call fails with into one clear <see cref="GitException"/>: an error status, a dropped
/// connection, or an answer that is not what the API documents (Octokit then throws from deep inside its
/// deserializer, or a field we rely on is missing). Found by the fuzz tests, which feed the readers mangled answers.
/// </summary>
internal static class GitHubErrors
{
    public static async Task<T> ReadAsync<T>(string repository, Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception ex) when (ex is not GitException and not OperationCanceledException)
        {
            throw new GitException(ex switch
            {
                ApiException api => $"GitHub answered {(int)api.StatusCode} for {repository}: {api.Message}",
                HttpRequestException http => $"GitHub could not be reached for {repository}: {http.Message}",
                _ => $"GitHub's answer for {repository} could not be read ({ex.GetType().Name}: {ex.Message})",
            }, ex);
        }
    }
}
