/**
 * Keyboard access to a chart's points. The build-time SVG gives every point a `<title>` (value,
 * date, source), which a mouse pointer shows; this makes each visible chart one tab stop whose
 * arrow keys step through those points and show the same text in a tip that screen readers read.
 * It adds one listener per chart and measures layout only on a key press.
 *
 * @example
 * for (const svg of document.querySelectorAll("svg.plot-chart")) pointFocus(svg);
 */
export function pointFocus(svg: SVGSVGElement): void {
  const points = [...svg.querySelectorAll<SVGCircleElement>("circle")].filter((circle) =>
    circle.querySelector("title"),
  );
  const holder = svg.parentElement;
  if (points.length === 0 || !holder) return;
  const tip = document.createElement("p");
  tip.className = "chart-tip";
  tip.setAttribute("role", "status");
  tip.hidden = true;
  holder.classList.add("has-tip");
  holder.append(tip);
  svg.setAttribute("tabindex", "0");

  let index = points.length - 1;
  const show = () => {
    const point = points[index]!;
    points.forEach((p) => p.classList.toggle("is-focused", p === point));
    tip.textContent = point.querySelector("title")?.textContent ?? "";
    const box = point.getBoundingClientRect();
    const frame = holder.getBoundingClientRect();
    tip.style.setProperty("--x", `${box.left + box.width / 2 - frame.left}px`);
    tip.style.setProperty("--y", `${box.top - frame.top}px`);
    tip.hidden = false;
  };
  const hide = () => {
    tip.hidden = true;
    points.forEach((p) => p.classList.remove("is-focused"));
  };
  svg.addEventListener("focus", show);
  svg.addEventListener("blur", hide);
  svg.addEventListener("keydown", (event) => {
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, Home: -points.length, End: points.length };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    index = Math.min(points.length - 1, Math.max(0, index + move));
    show();
  });
}
