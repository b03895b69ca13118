import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { escapeMarkup } from "../../../src/lib/embeds/escapeMarkup.ts";

describe("escapeMarkup(text)", () => {
  test("escapes the five characters markup gives meaning to", () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  test("escapes an ampersand once, so an existing entity stays visible as written", () => {
    expect(escapeMarkup("&amp;")).toBe("&amp;amp;");
  });

  test("leaves other text, including Cyrillic and quotes typographers use, as it is", () => {
    expect(escapeMarkup("Вясна — «Viasna» ’24")).toBe("Вясна — «Viasna» ’24");
  });

  test("a payload inside an attribute reads back as the same text and adds no element", () => {
    const payload = `"><script>alert(1)</script><img src=x onerror='alert(2)'>`;
    const { document } = parseHTML(`<div><p title="${escapeMarkup(payload)}">${escapeMarkup(payload)}</p></div>`);
    const p = document.querySelector("p")!;
    expect(p.getAttribute("title")).toBe(payload);
    expect(p.textContent).toBe(payload);
    expect(document.querySelectorAll("script, img").length).toBe(0);
  });
});
