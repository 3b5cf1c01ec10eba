using KernelPortal.BrowserTests;

[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: AssemblyFixture(typeof(PortalSite))]
