import { parseHTML } from "linkedom";
import { afterEach, describe, expect, test, vi } from "vitest";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const CONTROL = `<details class="embed-this"><pre class="embed-this-code"><code>&lt;iframe src="/embed/x/"&gt;&lt;/iframe&gt;</code></pre>
  <button type="button" data-embed-copy hidden>Copy</button>
  <p data-embed-status data-copied="Copied" data-failed="Select and copy the code"></p></details>`;

/** The control in a linkedom page, with the module run on it as the page runs it. */
async function page(markup: string, writeText: (text: string) => Promise<void>) {
  const { document, window } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  vi.stubGlobal("document", document);
  vi.stubGlobal("navigator", { clipboard: { writeText: vi.fn(writeText) } });
  const selectAllChildren = vi.fn();
  vi.stubGlobal("getSelection", () => ({ selectAllChildren }));
  // @ts-expect-error -- embedThis.ts is a page script with no exports: importing it runs it.
  await import("../../../src/lib/embeds/embedThis.ts");
  const click = (button: Element) => button.dispatchEvent(new window.Event("click"));
  return { document, click, selectAllChildren, writeText: navigator.clipboard.writeText as ReturnType<typeof vi.fn> };
}

describe("embedThis: the copy button under each figure", () => {
  test("shows each copy button, which is hidden without JavaScript", async () => {
    const { document } = await page(CONTROL + CONTROL, async () => undefined);
    for (const button of document.querySelectorAll("button")) expect(button.hidden).toBe(false);
  });

  test("copies its own control's code and says so", async () => {
    const { document, click, writeText } = await page(CONTROL, async () => undefined);
    click(document.querySelector("button")!);
    expect(writeText).toHaveBeenCalledWith('<iframe src="/embed/x/"></iframe>');
    await vi.waitFor(() => expect(document.querySelector("[data-embed-status]")!.textContent).toBe("Copied"));
  });

  test("when the clipboard refuses, selects the code and says how to copy it", async () => {
    const { document, click, selectAllChildren } = await page(CONTROL, () => Promise.reject(new Error("denied")));
    click(document.querySelector("button")!);
    await vi.waitFor(() =>
      expect(document.querySelector("[data-embed-status]")!.textContent).toBe("Select and copy the code"),
    );
    expect(selectAllChildren).toHaveBeenCalledWith(document.querySelector(".embed-this-code"));
  });

  test("a button outside a complete control does nothing", async () => {
    const { document, click, writeText } = await page(
      `<button data-embed-copy hidden>Copy</button>`,
      async () => undefined,
    );
    click(document.querySelector("button")!);
    expect(writeText).not.toHaveBeenCalled();
  });
});
