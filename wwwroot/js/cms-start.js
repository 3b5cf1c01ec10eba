// Starts Blazor for the CMS (blazor.web.js is loaded with autostart="false"). The client pings the server every 5 s,
// so the server can tell a vanished browser from a quiet one after 15 s (ClientTimeoutInterval in Program.cs) and
// the editor's "Also open by …" forgets it within the 30 s docs/cms.md promises.
Blazor.start({
  circuit: {
    configureSignalR: builder => builder.withKeepAliveInterval(5000).withServerTimeout(30000),
  },
});
