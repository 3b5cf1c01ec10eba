// Images in the editor (issue 16): a picture dropped on or pasted into the article text goes to the image uploader's
// file input, as if chosen with its button, so one Blazor component checks and stores every upload. After the
// upload the server asks for its Markdown to be inserted where the cursor stands; the input event that follows
// sends the text up like typing does (cms-body-sync.js).
(() => {
  "use strict";

  const fileInput = () => document.getElementById("image-file");

  const handOver = files => {
    const input = fileInput();
    const images = Array.from(files ?? []).filter(f => f.type.startsWith("image/") || /\.(png|jpe?g|gif|webp|svg)$/i.test(f.name));
    if (input === null || input.disabled || images.length === 0) {
      return false;
    }
    const transfer = new DataTransfer();
    transfer.items.add(images[0]);
    input.files = transfer.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    input.closest(".image-uploader")?.scrollIntoView({ block: "nearest" });
    return true;
  };

  const isBody = target => target instanceof Element && target.id === "body";

  document.addEventListener("dragover", event => {
    if (isBody(event.target) && event.dataTransfer?.types.includes("Files")) {
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
    }
  });

  document.addEventListener("drop", event => {
    if (isBody(event.target) && event.dataTransfer?.files.length > 0 && handOver(event.dataTransfer.files)) {
      event.preventDefault();
    }
  });

  // A screenshot pasted from the clipboard arrives as a file; text pastes go on as usual.
  document.addEventListener("paste", event => {
    if (isBody(event.target) && event.clipboardData?.files.length > 0 && handOver(event.clipboardData.files)) {
      event.preventDefault();
    }
  });

  window.kportalMedia = {
    // Inserts a paragraph of Markdown at the cursor of the article text, on lines of its own.
    insert: markdown => {
      const area = document.getElementById("body");
      if (area === null) {
        return;
      }
      const start = area.selectionStart ?? area.value.length;
      const end = area.selectionEnd ?? start;
      const before = area.value.slice(0, start);
      const after = area.value.slice(end);
      const lead = before.length === 0 || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
      const trail = after.startsWith("\n") ? "\n" : "\n\n";
      area.value = before + lead + markdown + trail + after;
      const cursor = (before + lead + markdown + trail).length;
      area.setSelectionRange(cursor, cursor);
      area.focus();
      area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
    },
    copy: async text => {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };
})();
