// Starts Blazor for the CMS (blazor.web.js is loaded with autostart="false"). The client pings the server every 5 s,
// so the server can tell a vanished browser from a quiet one after 15 s (ClientTimeoutInterval in Program.cs) and
// the editor's "Also open by …" forgets it within the 30 s docs/cms.md promises.
Blazor.start({
  circuit: {
    configureSignalR: builder => builder.withKeepAliveInterval(5000).withServerTimeout(30000),
  },
});

// The language switch returns to the page as the browser shows it now: an editor that gave a new article its own
// address (history.replaceState) has a newer address than the one the layout was rendered with.
document.addEventListener("submit", event => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.classList.contains("cms-language") && form.elements.returnUrl) {
    form.elements.returnUrl.value = location.pathname + location.search;
  }
}, true);
