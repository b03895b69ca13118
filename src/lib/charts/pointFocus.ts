/** How a chart's marks take keyboard focus: the defaults suit the line and event charts. */
export interface PointFocusOptions {
  /** Which elements are marks; only those with their own `<title>` count. */
  marks?: string;
  /** The mark the first focus shows: the latest point of a series, or the first of a map's. */
  start?: "first" | "last";
  /** The class the shown mark gets, which the chart's stylesheet draws. */
  current?: string;
  /** Whether the tip hangs from the mark's top edge (above it) or its bottom edge (below it). */
  tipAt?: "top" | "bottom";
  /** Whether hovering a mark shows its tip too (the map's marks are small and many). */
  hover?: boolean;
}

/**
 * Keyboard access to a chart's points. The build-time SVG gives every point a `<title>` (value,
 * date, source), which a mouse pointer shows; this makes each visible chart one tab stop whose
 * arrow keys step through those points and show the same text in a tip that screen readers read.
 * One tab stop keeps the page's tab order short on a chart with dozens of marks. It adds a few
 * listeners per chart and measures layout only when a tip is shown.
 *
 * @example
 * for (const svg of document.querySelectorAll("svg.plot-chart")) pointFocus(svg);
 * pointFocus(map, { marks: "circle, g.estimate", start: "first", current: "is-current", tipAt: "bottom", hover: true });
 */
export function pointFocus(
  svg: SVGSVGElement,
  {
    marks: selector = "circle",
    start = "last",
    current = "is-focused",
    tipAt = "top",
    hover = false,
  }: PointFocusOptions = {},
): void {
  const marks = [...svg.querySelectorAll<SVGElement>(selector)].filter((mark) => mark.querySelector(":scope > title"));
  const holder = svg.parentElement;
  if (marks.length === 0 || !holder) return;
  const tip = document.createElement("p");
  tip.className = "chart-tip";
  tip.setAttribute("role", "status");
  tip.hidden = true;
  holder.classList.add("has-tip");
  holder.append(tip);
  svg.setAttribute("tabindex", "0");

  let index = start === "last" ? marks.length - 1 : 0;
  const show = (mark: SVGElement) => {
    marks.forEach((m) => m.classList.toggle(current, m === mark));
    tip.textContent = mark.querySelector(":scope > title")?.textContent ?? "";
    const box = mark.getBoundingClientRect();
    const frame = holder.getBoundingClientRect();
    // Custom properties set through CSSOM, which a strict Content Security Policy allows.
    tip.style.setProperty("--x", `${box.left + box.width / 2 - frame.left}px`);
    tip.style.setProperty("--y", `${(tipAt === "top" ? box.top : box.bottom) - frame.top}px`);
    tip.hidden = false;
  };
  const hide = () => {
    tip.hidden = true;
    marks.forEach((m) => m.classList.remove(current));
  };
  svg.addEventListener("focus", () => show(marks[index]!));
  svg.addEventListener("blur", hide);
  svg.addEventListener("keydown", (event) => {
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, Home: -marks.length, End: marks.length };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    index = Math.min(marks.length - 1, Math.max(0, index + move));
    show(marks[index]!);
  });
  if (!hover) return;
  svg.addEventListener("pointerover", (event) => {
    const mark = marks.find((m) => m.contains(event.target as Node));
    if (mark) show(mark);
  });
  svg.addEventListener("pointerleave", () => {
    if (document.activeElement !== svg) hide();
  });
}
