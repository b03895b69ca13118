/**
 * The "Embed this chart" control under each story figure (src/components/EmbedThis.astro).
 * Without JavaScript it is a disclosure with the code as selectable text; this shows its copy
 * button, copies the code and says so in the control's status region.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-embed-copy]")) {
  button.hidden = false;
  button.addEventListener("click", () => {
    const control = button.closest(".embed-this");
    const code = control?.querySelector(".embed-this-code");
    const status = control?.querySelector<HTMLElement>("[data-embed-status]");
    if (!code || !status) return;
    navigator.clipboard.writeText(code.textContent ?? "").then(
      () => (status.textContent = status.dataset.copied ?? ""),
      () => {
        // Selected, the code is one keystroke from the reader's own clipboard.
        getSelection()?.selectAllChildren(code);
        status.textContent = status.dataset.failed ?? "";
      },
    );
  });
}
