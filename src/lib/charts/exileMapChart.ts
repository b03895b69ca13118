import { max, scaleSqrt } from "d3";
import { CHART_CLASS } from "./accessibleSvg.ts";
import { aspect, mapType, PAD, r1 } from "./exileMapLayout.ts";
import { mapLegend } from "./exileMapLegend.ts";
import { BELARUS, placeCountries } from "./exileMapPlacement.ts";
import type { ExileMapInput, ExileMapOptions } from "./exileMapTypes.ts";
import { viewBox } from "./exileMapView.ts";
import { estimatesPanel } from "./exileEstimatesPanel.ts";
import { seriesPanel } from "./exileSeriesPanel.ts";
import { hashOf } from "./hashOf.ts";
import { labelPlacer } from "./mapLabels.ts";
import { SVG_NS, svgMaker } from "./svgElement.ts";
import { PHONE_DRAWING } from "./chartType.ts";

export { BELARUS, placeCountries, type Placed } from "./exileMapPlacement.ts";
export type { ExileMapInput, ExileMapOptions, ExileMapState, ExileMapText } from "./exileMapTypes.ts";
export { viewBox } from "./exileMapView.ts";

/**
 * Draws the exile map: countries (Belarus highlighted), a circle for each destination sized by
 * its latest figure in one series, a dashed ring for a destination whose figures are all in other
 * series, arcs from Belarus, the exile hubs as labelled points, a legend naming the series and
 * its as-of dates, and, if the state asks, a country's series or the published estimates under
 * the map. Every step draws the same shapes in the same coordinate space and differs only in its
 * view (the inner SVG's viewBox) and marks, so the browser can glide from one view to the next.
 *
 * @example
 * exileMapChart({destinations, hubs, estimates, geometry}, {width: 360, document, state, text})
 */
export function exileMapChart(input: ExileMapInput, { width, document, state, text }: ExileMapOptions): SVGSVGElement {
  const el = svgMaker(document);
  const titled = (node: Element, title: string) => {
    el("title", {}, node).textContent = title;
    return node;
  };
  const { geometry } = input;
  const type = mapType(width);
  const mapHeight = Math.round(width * aspect(width, Boolean(state.series || state.estimates)));
  const { placed, offMap } = placeCountries(input.destinations, geometry, state.metric);
  const focusIds = placed.filter((p) => state.focus.includes(p.iso3)).map((p) => p.iso_numeric);
  const [vx, vy, vw, vh] = viewBox(geometry, focusIds, mapHeight / width);
  /** Map units per screen pixel in this view: symbols and labels keep their screen size. */
  const k = vw / width;

  const root = el("svg", { xmlns: SVG_NS, class: `${CHART_CLASS} exile-map`, width, "font-size": type.size });
  root.setAttribute("role", "img");
  root.setAttribute("aria-label", text.label);
  const map = el(
    "svg",
    {
      class: "map-view",
      width,
      height: mapHeight,
      viewBox: `${vx} ${vy} ${vw} ${vh}`,
      "data-view": `${vx} ${vy} ${vw} ${vh}`,
    },
    root,
  );
  // Ids unique to this figure: the page holds every step's SVG at both widths.
  const hatchId = `exile-hatch-${width}-${hashOf(JSON.stringify(state))}`;
  const defs = el("defs", {}, map);
  const hatch = el(
    "pattern",
    { id: hatchId, patternUnits: "userSpaceOnUse", width: 6 * k, height: 6 * k, patternTransform: "rotate(45)" },
    defs,
  );
  el("line", { class: "hatch-line", x1: 0, y1: 0, x2: 0, y2: 6 * k, "stroke-width": 2 * k }, hatch);
  // The sea is the frame itself: where a view reaches past it, the page shows, so the clipped
  // edge of the shapes reads as the edge of the map rather than as a coastline.
  el("rect", { class: "map-sea", x: 0, y: 0, width: geometry.width, height: geometry.height }, map);

  const byNumeric = new Map(placed.map((p) => [p.iso_numeric, p]));
  const land = el("g", { class: "map-land", "stroke-width": 0.6 * k }, map);
  for (const shape of geometry.countries) {
    const place = byNumeric.get(shape.id);
    const classes = ["country"];
    if (shape.id === BELARUS) classes.push("is-belarus");
    if (place?.figure) classes.push("has-figure");
    if (place?.other) classes.push("other-only");
    if (place && state.focus.includes(place.iso3)) classes.push("is-focus");
    const path = el("path", { class: classes.join(" "), d: shape.d }, land);
    if (place?.other) path.setAttribute("fill", `url(#${hatchId})`);
  }

  el("rect", { class: "map-frame", x: 0, y: 0, width: geometry.width, height: geometry.height }, map);

  const belarus = geometry.countries.find((shape) => shape.id === BELARUS);
  const values = placed.flatMap((p) => (p.figure ? [p.figure.value] : []));
  const radius = scaleSqrt()
    .domain([0, max(values) ?? 1])
    .range([0, width < PHONE_DRAWING ? 22 : 30]);

  // Arcs first, so that circles sit on top of them.
  const flows = el("g", { class: "map-flows", "stroke-width": 1.2 * k }, map);
  if (belarus) {
    const [bx, by] = belarus.anchor;
    for (const place of placed) {
      const [x, y] = place.anchor;
      // Bow each arc sideways by a fifth of its length, always to the same hand, so arcs fan out.
      const [mx, my] = [(bx + x) / 2 + (y - by) / 5, (by + y) / 2 - (x - bx) / 5];
      el(
        "path",
        { class: place.figure ? "flow" : "flow other", d: `M${bx},${by}Q${r1(mx)},${r1(my)} ${x},${y}` },
        flows,
      );
    }
  }

  const symbols = el("g", { class: "map-symbols", "stroke-width": 1.2 * k }, map);
  const sorted = [...placed].sort((a, b) => (b.figure?.value ?? 0) - (a.figure?.value ?? 0));
  for (const place of sorted) {
    const [cx, cy] = place.anchor;
    if (place.figure) {
      const row = place.figure;
      titled(
        el(
          "circle",
          { class: "symbol", cx, cy, r: r1(Math.max(2, radius(row.value)) * k), "data-country": place.iso3 },
          symbols,
        ),
        `${place.country}: ${text.number(row.value)} · ${text.metric(row.metric)} · ${text.period(row.period)} · ${text.source} ${row.source_name}`,
      );
    } else if (place.other) {
      const row = place.other;
      titled(
        el(
          "circle",
          {
            class: "symbol other",
            cx,
            cy,
            r: r1(5 * k),
            "stroke-dasharray": `${2 * k},${1.5 * k}`,
            "data-country": place.iso3,
          },
          symbols,
        ),
        `${text.noFigure(place.country, text.metric(state.metric))} ${text.number(row.value)} · ${text.metric(row.metric)} · ${text.period(row.period)} · ${text.source} ${row.source_name}`,
      );
    }
  }

  const hubs = el("g", { class: "map-hubs" }, map);
  const labels = labelPlacer({
    el,
    // Rounded up, never down: a label a hair under the type size would read under the floor.
    group: el("g", { class: "map-labels", "font-size": Math.ceil(type.size * k * 100) / 100 }, map),
    size: [width, mapHeight],
    frame: [geometry.width, geometry.height],
    type,
    view: [vx, vy, k],
  });
  // Circles take their space first, so labels go around them.
  for (const place of placed) {
    const r = place.figure ? Math.max(2, radius(place.figure.value)) : 5;
    const [sx, sy] = labels.toScreen(place.anchor);
    labels.reserve({ x0: sx - r, y0: sy - r, x1: sx + r, y1: sy + r });
  }
  if (belarus) labels.place(text.belarus, belarus.anchor, 0, "label-belarus");
  for (const hub of input.hubs) {
    const at = input.project(hub.longitude, hub.latitude);
    if (!at) continue;
    titled(
      el(
        "circle",
        { class: "hub", cx: at[0], cy: at[1], r: r1(3.5 * k), "stroke-width": 1.2 * k, "data-hub": hub.city },
        hubs,
      ),
      `${hub.city} (${hub.country}): ${hub.note ?? text.hub} · ${text.source} ${hub.source_name}`,
    );
    labels.place(hub.city, at, 6, "label-hub");
  }
  for (const place of placed.filter((p) => state.focus.includes(p.iso3))) {
    const r = place.figure ? radius(place.figure.value) : 5;
    labels.place(place.country, place.anchor, r + 4, "label-country");
  }

  // Under the map: the legend, then the panel a step asks for.
  let y = mapHeight + PAD;
  y = mapLegend(el, root, { placed, offMap, radius, hatchId, metric: state.metric, text, width, type }, y);

  if (state.series) y = seriesPanel(el, root, input.destinations, state.series, text, width, y + PAD, type);
  if (state.estimates) y = estimatesPanel(el, root, input.estimates, text, width, y + PAD, type);

  const height = Math.ceil(y + PAD);
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return root;
}
