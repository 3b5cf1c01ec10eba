namespace KernelPortal.Core.Demo;

/// <summary>What <see cref="DemoContentSeeder"/> did.</summary>
/// <param name="Seeded">False when the database already had content and nothing was written.</param>
/// <param name="Releases">Releases written (including the provisional next one).</param>
/// <param name="Statistics">Statistics rows written.</param>
/// <param name="Tags">Feature tags written.</param>
/// <param name="Articles">Articles written.</param>
public sealed record DemoSeedResult(bool Seeded, int Releases, int Statistics, int Tags, int Articles);
