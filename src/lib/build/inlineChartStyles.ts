import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as csstree from "css-tree";
import { DOMParser } from "linkedom";

/**
 * SVG presentation attributes that the charts' stylesheets set. A file opened outside the site
 * (a downloaded SVG, a PNG drawn by resvg) cannot read the site's CSS, and a `style` attribute
 * would be refused by the site's Content Security Policy, so each rule becomes attributes.
 */
const PRESENTATION = new Set([
  "color",
  "display",
  "dominant-baseline",
  "fill",
  "fill-opacity",
  "font-family",
  "font-size",
  "font-style",
  "font-weight",
  "letter-spacing",
  "opacity",
  "paint-order",
  "stroke",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-opacity",
  "stroke-width",
  "text-anchor",
  "vector-effect",
  "visibility",
]);

/** The site's stylesheet and every chart's (src/styles/charts.css and the files it imports). */
const STYLESHEETS = ["src/styles/global.css", "src/styles/charts.css"];

interface Rule {
  selector: string;
  specificity: number;
  declarations: [property: string, value: string][];
}

/**
 * A selector's specificity as one number (ids, then classes, attributes and pseudo-classes, then
 * types), enough to order the charts' simple rules as a browser would.
 */
function specificity(selector: string): number {
  const ids = selector.match(/#[\w-]+/g)?.length ?? 0;
  const classes = selector.match(/\.[\w-]+|\[[^\]]*\]|:(?!:|not\b)[\w-]+/g)?.length ?? 0;
  const types = selector.replace(/\[[^\]]*\]|[.#:][\w-]+|\(|\)/g, " ").match(/(^|[\s>+~])[a-z][\w-]*/gi)?.length ?? 0;
  return ids * 10_000 + classes * 100 + types;
}

/** The two themes a file can be written in; see the dark theme in src/styles/global.css. */
export type FileTheme = "light" | "dark";

/** Matches the selector prefix that forces the dark theme, `:root[data-theme="dark"]`. */
const DARK_ROOT = /^:root\[data-theme\s*=\s*["']?dark["']?\]\s*/;

/**
 * Reads both themes from the stylesheets. The light theme is the rules outside any at-rule (so
 * neither the dark theme's media query nor reduced motion), without `[data-theme=dark]` selectors,
 * and the custom properties they define. The dark theme is the same, overridden by the rules under
 * `:root[data-theme="dark"]` (which global.css keeps identical to its prefers-color-scheme block):
 * their custom properties, and any descendant rules with that prefix removed. `@import` of a
 * sibling file is followed.
 */
function readStyles(
  paths: readonly string[],
): Record<FileTheme, { rules: Rule[]; variables: Map<string, string> }> & { hash: string } {
  const hash = createHash("sha256");
  const rules: Rule[] = [];
  const darkRules: Rule[] = [];
  const variables = new Map<string, string>();
  const darkVariables = new Map<string, string>();
  const read = (path: string) => {
    const text = readFileSync(path, "utf8");
    hash.update(path).update(text);
    const ast = csstree.parse(text);
    csstree.walk(ast, {
      visit: "Atrule",
      enter(node) {
        const target =
          node.name === "import" && node.prelude ? /["']([^"']+)["']/.exec(csstree.generate(node.prelude)) : null;
        if (target) read(join(dirname(path), target[1]!));
      },
    });
    csstree.walk(ast, {
      visit: "Rule",
      enter(node) {
        if (this.atrule || node.prelude.type !== "SelectorList") return;
        const declarations: [string, string][] = [];
        node.block.children.forEach((child) => {
          if (child.type === "Declaration") declarations.push([child.property, csstree.generate(child.value).trim()]);
        });
        node.prelude.children.forEach((selectorNode) => {
          const selector = csstree.generate(selectorNode);
          const dark = DARK_ROOT.exec(selector);
          if (dark) {
            const rest = selector.slice(dark[0].length).replace(/^>\s*/, "");
            for (const [property, value] of declarations)
              if (property.startsWith("--")) darkVariables.set(property, value);
            if (rest) darkRules.push({ selector: rest, specificity: specificity(selector), declarations });
            return;
          }
          if (/data-theme\s*=\s*["']?dark/.test(selector)) return;
          for (const [property, value] of declarations) if (property.startsWith("--")) variables.set(property, value);
          rules.push({ selector, specificity: specificity(selector), declarations });
        });
      },
    });
  };
  for (const path of paths) read(path);
  return {
    hash: hash.digest("hex"),
    light: { rules, variables },
    dark: { rules: [...rules, ...darkRules], variables: new Map([...variables, ...darkVariables]) },
  };
}

let styles: ReturnType<typeof readStyles> | undefined;

/**
 * A hash of the site's chart stylesheets (with their imports), for cache keys of files made by
 * inlineChartStyles: the artefact cache hashes src/lib, not src/styles, so a colour change in a
 * stylesheet must reach the key through this.
 */
export const chartStylesHash = (): string => (styles ??= readStyles(STYLESHEETS)).hash;

/** Replaces every `var(--name[, fallback])` with its value in a theme, following nested variables. */
function resolveVariables(value: string, variables: Map<string, string>, depth = 0): string {
  if (depth > 8) return value;
  const resolved = value.replace(
    /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g,
    (_m, name: string, fallback?: string) => variables.get(name) ?? fallback?.trim() ?? "",
  );
  return resolved.includes("var(") && resolved !== value ? resolveVariables(resolved, variables, depth + 1) : resolved;
}

/** `0.8rem` → `12.8px`: resvg reads pixels and ems, not rems (the site's root size is 16 px). */
const toPixels = (value: string) => value.replace(/([\d.]+)rem\b/g, (_m, n: string) => `${Number(n) * 16}px`);

/**
 * A chart's build-time SVG as a self-contained, well-formed XML file: a theme's rules (light unless
 * asked) from the site's and charts' stylesheets are written onto the elements they match as
 * presentation attributes (in cascade order), every CSS variable is replaced by its value, and
 * attribute text is escaped for XML (an editor's `<` in a city name is legal in HTML, not in an
 * SVG file). Any stylesheet in the page outranks a presentation attribute, so the same file put
 * back into a page still follows the page's theme.
 *
 * @example
 * inlineChartStyles('<svg class="plot-chart exile-map">…</svg>') // '<svg … fill="#e4e2dc" …>'
 * inlineChartStyles(svg, { theme: "dark" }) // the same, in the dark theme's colours
 */
export function inlineChartStyles(
  svg: string,
  { theme = "light", stylesheets = STYLESHEETS }: { theme?: FileTheme; stylesheets?: readonly string[] } = {},
): string {
  const { rules, variables } = (
    stylesheets === STYLESHEETS ? (styles ??= readStyles(STYLESHEETS)) : readStyles(stylesheets)
  )[theme];
  const document = new DOMParser().parseFromString(svg, "image/svg+xml") as unknown as Document;
  const root = document.documentElement;
  // Stable sort: equal specificity keeps source order, so a later rule wins as in a browser.
  const ordered = rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => a.rule.specificity - b.rule.specificity || a.index - b.index);
  for (const { rule } of ordered) {
    let matches: Element[];
    try {
      matches = [...(root.matches(rule.selector) ? [root] : []), ...root.querySelectorAll(rule.selector)];
    } catch {
      continue; // A selector the DOM cannot run here (e.g. ::selection) styles nothing in a file.
    }
    for (const element of matches) {
      for (const [property, value] of rule.declarations) {
        if (PRESENTATION.has(property)) element.setAttribute(property, toPixels(resolveVariables(value, variables)));
      }
    }
  }
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const attribute of [...element.attributes]) {
      if (attribute.value.includes("var("))
        element.setAttribute(attribute.name, resolveVariables(attribute.value, variables));
    }
  }
  return document.toString().replace(/^<\?xml[^>]*>/, "");
}
