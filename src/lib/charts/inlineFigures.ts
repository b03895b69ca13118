/** The SVGs of one step figure at the page's two widths, as the chapter's fragment file holds them. */
type FigureSvgs = Record<"narrow" | "wide", string>;

/**
 * Gives the browser a turn between figures, so that putting a chapter's figures inline (a large
 * map's SVGs are tens of kilobytes each) never blocks scrolling or input for long.
 */
const yieldToBrowser = () => new Promise<void>((resume) => setTimeout(resume, 0));

/** Reads one SVG with the HTML parser, as the page's own markup is read, into this document. */
function parseSvg(markup: string): Element | undefined {
  // DOMParser's document is inert: nothing in it loads or runs before it is adopted, and the
  // markup is the site's own build output, escaped at build time like the page.
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, "text/html");
  const svg = parsed.body.firstElementChild;
  return svg ? document.adoptNode(svg) : undefined;
}

/** The attributes that make a `<picture>` fetch its image, and where they wait while held back. */
const LOADING = [
  ["img", "src"],
  ["source", "srcset"],
] as const;

/**
 * Stops a section's step images from loading while its SVGs are on their way: with JavaScript the
 * figure is fetched once, as part of the chapter's fragment, not a second time as an image. Called
 * for every section at start, before the reader nears it; releaseImages undoes it.
 */
export function holdBackImages(section: HTMLElement): void {
  for (const [tag, attribute] of LOADING)
    for (const element of section.querySelectorAll(`picture[data-figure] ${tag}[${attribute}]`)) {
      element.setAttribute(`data-${attribute}`, element.getAttribute(attribute)!);
      element.removeAttribute(attribute);
    }
}

/** Lets held-back images load after all, when their SVGs cannot be had. */
export function releaseImages(section: HTMLElement): void {
  // Sources first: an <img> chooses among them when its src is set.
  for (const [tag, attribute] of [...LOADING].reverse())
    for (const element of section.querySelectorAll(`picture[data-figure] ${tag}[data-${attribute}]`)) {
      element.setAttribute(attribute, element.getAttribute(`data-${attribute}`)!);
      element.removeAttribute(`data-${attribute}`);
    }
}

/**
 * Puts a scroll section's step figures inline: each `<picture>` (StepPicture.astro) is replaced by
 * the same chart's SVGs at both widths, from the chapter's fragment (src/lib/story/figureFiles.ts),
 * so that chart code can animate them and give keyboard and pointer readers their marks. If the
 * fragment cannot be fetched (offline, blocked), the images load instead: every figure is still
 * there, only without interaction.
 */
export async function inlineFigures(section: HTMLElement): Promise<void> {
  const pictures = [...section.querySelectorAll<HTMLElement>("picture[data-figure]")];
  const url = section.dataset.figures;
  if (!url || pictures.length === 0) return;
  let figures: Record<string, FigureSvgs> = {};
  try {
    const response = await fetch(url);
    if (response.ok) figures = (await response.json()) as Record<string, FigureSvgs>;
  } catch {
    // Handled below, as a fragment without this figure.
  }
  for (const picture of pictures) {
    const svgs = figures[picture.dataset.figure ?? ""];
    if (!svgs) continue;
    await yieldToBrowser();
    const holder = document.createElement("div");
    holder.className = "chart-svgs";
    for (const width of ["narrow", "wide"] as const) {
      const box = document.createElement("div");
      box.className = `chart-${width}`;
      const svg = parseSvg(svgs[width]);
      if (svg) box.append(svg);
      holder.append(box);
    }
    picture.replaceWith(holder);
  }
  // Whatever was not replaced (a failed fetch, a fragment from another build) shows its image.
  releaseImages(section);
}
