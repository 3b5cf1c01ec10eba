// Sends the article text to the server without sending the whole text per keystroke (issue 16): Blazor's @bind
// would send all of a 200 KB article with every key, queue the sends behind each other and freeze the page. Here at
// most one send is in flight; keystrokes that arrive meanwhile are coalesced into the next one, which carries the
// text as it then is and how many input events it covers (the leave guard compares that count). Long texts wait
// for a short pause (300 ms) before they are sent, short ones go at once.
(() => {
  "use strict";
  const longText = 20000;
  let dotnet = null;
  let pending = 0;
  let inFlight = false;
  let timer = null;

  const body = () => document.getElementById("body");

  const schedule = () => {
    if (timer === null) {
      timer = setTimeout(send, (body()?.value.length ?? 0) > longText ? 300 : 0);
    }
  };

  const send = async () => {
    timer = null;
    const area = body();
    if (dotnet === null || area === null || pending === 0) {
      return;
    }
    if (inFlight) {
      schedule();
      return;
    }
    inFlight = true;
    const count = pending;
    pending = 0;
    try {
      await dotnet.invokeMethodAsync("BodyTyped", area.value, count);
    } catch {
      // The circuit is gone or reconnecting: the text stays on the page and counts as unsent for the leave guard.
      pending += count;
    } finally {
      inFlight = false;
      if (pending > 0) {
        schedule();
      }
    }
  };

  document.addEventListener("input", event => {
    if (event.target instanceof Element && event.target.id === "body") {
      pending++;
      schedule();
    }
  }, true);

  window.kportalBody = {
    attach: reference => { dotnet = reference; pending = 0; },
    detach: () => { dotnet = null; },
  };
})();
