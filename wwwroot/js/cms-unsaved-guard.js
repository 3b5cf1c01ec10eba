// Keeps an editor from losing text by leaving the page (issue 16): while the article editor holds anything the
// server has not stored, closing or reloading the tab asks first (beforeunload), and so does any link inside the
// CMS (the menu's "Articles", a breadcrumb) — which Blazor's enhanced navigation would otherwise follow at once.
//
// "Unsaved" is what the server says (data-unsaved on .editor-page, rendered from the editor's own state) or a
// keystroke it has not seen yet: the page counts the input events of the typed fields (data-typed) it sent, the
// server renders how many it received (data-keystrokes-seen), and any difference means text in flight.
(() => {
  "use strict";
  const message = () => document.documentElement.lang === "de"
    ? "Es gibt ungespeicherte Änderungen. Seite trotzdem verlassen?"
    : "There are unsaved changes. Leave the page anyway?";
  let keystrokesSent = 0;
  let page = null;

  const editor = () => document.querySelector(".editor-page");
  const unsaved = () => {
    const current = editor();
    if (current === null) {
      return false;
    }
    // A new editor page (another article, or the same one rendered anew) starts counting from zero.
    if (current !== page) {
      page = current;
      keystrokesSent = Number(current.dataset.keystrokesSeen ?? 0);
    }
    return current.dataset.unsaved === "true" || keystrokesSent > Number(current.dataset.keystrokesSeen ?? 0);
  };

  document.addEventListener("input", event => {
    if (event.target instanceof Element && event.target.hasAttribute("data-typed")) {
      unsaved();
      keystrokesSent++;
    }
  }, true);

  window.addEventListener("beforeunload", event => {
    if (unsaved()) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  // Capture phase: runs before Blazor's own click handler for enhanced navigation.
  document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (link === null || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey
        || link.target === "_blank" || link.getAttribute("href").startsWith("#") || !unsaved()) {
      return;
    }
    if (!window.confirm(message())) {
      event.preventDefault();
      event.stopImmediatePropagation();
    } else {
      // Leaving was confirmed: the beforeunload that may follow must not ask a second time.
      editor()?.setAttribute("data-unsaved", "leaving");
      keystrokesSent = 0;
      page = null;
    }
  }, true);
})();
