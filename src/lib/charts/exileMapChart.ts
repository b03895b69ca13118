import { extent, line, max, scaleLinear, scaleSqrt, scaleUtc } from "d3";
import { CHART_CLASS } from "./accessibleSvg.ts";
import {
  latestByCountryAndMetric,
  mappable,
  periodTime,
  seriesRows,
  type DestinationRow,
  type EstimateRow,
  type HubRow,
  type MappableRow,
} from "../data/exileFigures.ts";
import type { MapGeometry } from "./exileGeometry.ts";

/** Belarus's ISO 3166-1 numeric code, as world-atlas stores it. */
export const BELARUS = "112";

/** What a story step asks of the map. */
export interface ExileMapState {
  /** ISO3 codes of the countries the view fits, with Belarus; none: the whole frame. */
  focus: readonly string[];
  /** The one series the circles compare: every circle shows its latest figure. */
  metric: string;
  /** A country's series drawn as a line under the map. */
  series?: { country: string; metric: string } | undefined;
  /** The published estimates of how many left, as ranges under the map. */
  estimates?: boolean | undefined;
}

/** Words the map shows; they come from the chart copy and the UI strings, never from this module. */
export interface ExileMapText {
  label: string;
  belarus: string;
  /** A series' name for readers, e.g. "Belarusians holding valid residence permits". */
  metric: (metric: string) => string;
  number: (value: number) => string;
  /** A period ("2022" or "2023-12-31") for readers. */
  period: (period: string) => string;
  source: string;
  /** Legend line for the circles, e.g. (metric, from, to) => "Circles: … (latest, 2021 to 2026)". */
  circles: (metric: string, from: string, to: string) => string;
  /** Legend line for countries with figures in other series only. */
  otherOnly: string;
  /** Title of such a country, e.g. (country, metric) => "Georgia: no figure for …". */
  noFigure: (country: string, metric: string) => string;
  /** Legend line naming countries with figures that lie outside the frame. */
  offMap: (countries: string) => string;
  hub: string;
  estimatesTitle: string;
  /** A one-sided estimate, e.g. "at least 500,000" / "up to 200,000". */
  atLeast: (value: string) => string;
  upTo: (value: string) => string;
}

export interface ExileMapInput {
  destinations: readonly DestinationRow[];
  hubs: readonly HubRow[];
  estimates: readonly EstimateRow[];
  geometry: MapGeometry;
  /** Longitude/latitude to the map's coordinate space, through the projection of the shapes. */
  project: (longitude: number, latitude: number) => [number, number] | null;
}

export interface ExileMapOptions {
  width: number;
  document: Document;
  state: ExileMapState;
  text: ExileMapText;
}

/** Map height as a share of width: squarer on a phone, wider on a desktop. */
const aspect = (width: number) => (width < 480 ? 1.05 : 0.72);
const FONT = 12;
const LINE = 16;
const PAD = 8;
/** Length in pixels of the stub that marks the open side of a one-sided estimate. */
const STUB = 12;
const SVG_NS = "http://www.w3.org/2000/svg";

/** A country's place on the map: where its symbol goes, and which of its figures are shown. */
export interface Placed {
  iso3: string;
  iso_numeric: string;
  country: string;
  anchor: [number, number];
  /** Its latest figure in the compared series, if it has one. */
  figure?: MappableRow | undefined;
  /** Otherwise its latest figure in any other series, which is named, not sized. */
  other?: MappableRow | undefined;
}

/**
 * Splits the destination countries with data into those on the map (each with its latest
 * figure in `metric`, or its latest other figure) and those outside the frame. Pure, so that the
 * legend, the table and tests all see the same split; driven only by the rows, so a new
 * country's row puts it on the map with no code change.
 */
export function placeCountries(
  rows: readonly DestinationRow[],
  geometry: MapGeometry,
  metric: string,
): { placed: Placed[]; offMap: { iso3: string; country: string }[] } {
  const latest = latestByCountryAndMetric(mappable(rows));
  const shapes = new Map(geometry.countries.map((country) => [country.id, country]));
  const byCountry = new Map<string, MappableRow[]>();
  for (const row of latest) byCountry.set(row.iso3, [...(byCountry.get(row.iso3) ?? []), row]);
  const placed: Placed[] = [];
  const offMap: { iso3: string; country: string }[] = [];
  for (const [iso3, figures] of byCountry) {
    const first = figures[0]!;
    const shape = shapes.get(first.iso_numeric);
    if (!shape) {
      offMap.push({ iso3, country: first.country });
      continue;
    }
    const figure = figures.find((row) => row.metric === metric);
    const other = figure ? undefined : figures.reduce((a, b) => (periodTime(b.period) > periodTime(a.period) ? b : a));
    placed.push({ iso3, iso_numeric: first.iso_numeric, country: first.country, anchor: shape.anchor, figure, other });
  }
  return { placed, offMap };
}

/**
 * The window into the map's coordinate space that a state shows at a given aspect: the focus
 * countries and Belarus with a margin, or the whole frame. Computed from the shapes, so no view
 * is typed in by hand.
 */
export function viewBox(
  geometry: MapGeometry,
  focusIds: readonly string[],
  ratio: number,
): [number, number, number, number] {
  const shapes = geometry.countries.filter((country) => country.id === BELARUS || focusIds.includes(country.id));
  let [x0, y0, x1, y1] = [0, 0, geometry.width, geometry.height];
  if (focusIds.length > 0 && shapes.length > 0) {
    x0 = Math.min(...shapes.map((s) => s.bounds[0][0]));
    y0 = Math.min(...shapes.map((s) => s.bounds[0][1]));
    x1 = Math.max(...shapes.map((s) => s.bounds[1][0]));
    y1 = Math.max(...shapes.map((s) => s.bounds[1][1]));
    const margin = 0.12 * Math.max(x1 - x0, y1 - y0);
    [x0, y0, x1, y1] = [x0 - margin, y0 - margin, x1 + margin, y1 + margin];
  }
  // Widen or heighten the window to the figure's shape, keeping it centred.
  let [w, h] = [x1 - x0, y1 - y0];
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  if (h / w > ratio) w = h / ratio;
  else h = w * ratio;
  // Slide the window back inside the frame where it fits: beyond it, the shapes are clipped.
  const inside = (start: number, size: number, limit: number) =>
    size >= limit ? (limit - size) / 2 : Math.min(Math.max(start, 0), limit - size);
  const r = (n: number) => Math.round(n * 10) / 10;
  return [r(inside(cx - w / 2, w, geometry.width)), r(inside(cy - h / 2, h, geometry.height)), r(w), r(h)];
}

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
  const el = <K extends keyof SVGElementTagNameMap>(
    name: K,
    attrs: Record<string, string | number> = {},
    parent?: Element,
  ) => {
    const node = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
    parent?.append(node);
    return node;
  };
  const titled = (node: Element, title: string) => {
    el("title", {}, node).textContent = title;
    return node;
  };
  const { geometry } = input;
  const mapHeight = Math.round(width * aspect(width));
  const { placed, offMap } = placeCountries(input.destinations, geometry, state.metric);
  const focusIds = placed.filter((p) => state.focus.includes(p.iso3)).map((p) => p.iso_numeric);
  const [vx, vy, vw, vh] = viewBox(geometry, focusIds, mapHeight / width);
  /** Map units per screen pixel in this view: symbols and labels keep their screen size. */
  const k = vw / width;
  const toScreen = ([x, y]: [number, number]): [number, number] => [(x - vx) / k, (y - vy) / k];

  const root = el("svg", { xmlns: SVG_NS, class: `${CHART_CLASS} exile-map`, width, "font-size": FONT });
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
    .range([0, width < 480 ? 22 : 30]);

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
  const labels = el("g", { class: "map-labels", "font-size": r1(11 * k) }, map);
  const taken: Box[] = [];
  const fits = (box: Box) =>
    box.x0 >= 2 &&
    box.y0 >= 2 &&
    box.x1 <= width - 2 &&
    box.y1 <= mapHeight - 2 &&
    !taken.some((t) => overlaps(t, box));
  /** Places a label at the first free spot around a point, or not at all: labels never collide. */
  const label = (name: string, at: [number, number], gap: number, className: string) => {
    const [sx, sy] = toScreen(at);
    const w = name.length * 11 * 0.58;
    const h = 13;
    const spots = [
      { x: sx + gap, y: sy, anchor: "start" },
      { x: sx - gap, y: sy, anchor: "end" },
      { x: sx, y: sy - gap - h / 2, anchor: "middle" },
      { x: sx, y: sy + gap + h / 2, anchor: "middle" },
    ];
    for (const spot of spots) {
      const x0 = spot.anchor === "start" ? spot.x : spot.anchor === "end" ? spot.x - w : spot.x - w / 2;
      const box = { x0, y0: spot.y - h / 2, x1: x0 + w, y1: spot.y + h / 2 };
      if (!fits(box)) continue;
      taken.push(box);
      const node = el(
        "text",
        { class: className, x: r1(vx + spot.x * k), y: r1(vy + spot.y * k), dy: "0.35em", "text-anchor": spot.anchor },
        labels,
      );
      node.textContent = name;
      return;
    }
  };
  // Circles take their space first, so labels go around them.
  for (const place of placed) {
    const r = place.figure ? Math.max(2, radius(place.figure.value)) : 5;
    const [sx, sy] = toScreen(place.anchor);
    taken.push({ x0: sx - r, y0: sy - r, x1: sx + r, y1: sy + r });
  }
  if (belarus) label(text.belarus, belarus.anchor, 0, "label-belarus");
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
    label(hub.city, at, 6, "label-hub");
  }
  for (const place of placed.filter((p) => state.focus.includes(p.iso3))) {
    const r = place.figure ? radius(place.figure.value) : 5;
    label(place.country, place.anchor, r + 4, "label-country");
  }

  // Under the map: the legend, then the panel a step asks for.
  let y = mapHeight + PAD;
  const legend = el("g", { class: "map-legend" }, root);
  const dates = placed
    .flatMap((p) => (p.figure ? [p.figure.period] : []))
    .sort((a, b) => periodTime(a) - periodTime(b));
  const biggest = placed.filter((p) => p.figure).sort((a, b) => b.figure!.value - a.figure!.value)[0];
  if (biggest?.figure) {
    const r = radius(biggest.figure.value);
    el("circle", { class: "symbol", cx: PAD + r, cy: y + r, r }, legend);
    const t = el("text", { x: PAD + 2 * r + 6, y: y + r, dy: "0.35em" }, legend);
    t.textContent = `${text.number(biggest.figure.value)} (${biggest.country})`;
    y += 2 * r + 4;
    y = wrapText(
      el,
      legend,
      text.circles(text.metric(state.metric), text.period(dates[0]!), text.period(dates.at(-1)!)),
      PAD,
      y,
      width - 2 * PAD,
    );
  }
  if (placed.some((p) => p.other)) {
    el(
      "rect",
      { class: "swatch other-only", x: PAD, y: y + 2, width: 14, height: 10, fill: `url(#${hatchId}-legend)` },
      legend,
    );
    const legendHatch = el(
      "pattern",
      { id: `${hatchId}-legend`, patternUnits: "userSpaceOnUse", width: 4, height: 4, patternTransform: "rotate(45)" },
      legend,
    );
    el("line", { class: "hatch-line", x1: 0, y1: 0, x2: 0, y2: 4, "stroke-width": 1.5 }, legendHatch);
    const names = placed
      .filter((p) => p.other)
      .map((p) => p.country)
      .join(", ");
    y = wrapText(el, legend, `${text.otherOnly} ${names}.`, PAD + 20, y, width - 2 * PAD - 20);
  }
  if (offMap.length > 0)
    y = wrapText(el, legend, text.offMap(offMap.map((c) => c.country).join(", ")), PAD, y, width - 2 * PAD);

  if (state.series) y = seriesPanel(el, root, input.destinations, state.series, text, width, y + PAD);
  if (state.estimates) y = estimatesPanel(el, root, input.estimates, text, width, y + PAD);

  const height = Math.ceil(y + PAD);
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return root;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
/** A short, stable hash (FNV-1a) of a string, for ids that differ between figures. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const r1 = (n: number) => Math.round(n * 100) / 100;

type Make = <K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs?: Record<string, string | number>,
  parent?: Element,
) => SVGElementTagNameMap[K];

/** Writes text in lines that fit `maxWidth` (estimated from the font size); returns the next y. */
function wrapText(el: Make, parent: Element, words: string, x: number, y: number, maxWidth: number): number {
  const perLine = Math.max(10, Math.floor(maxWidth / (FONT * 0.55)));
  const lines: string[] = [];
  for (const word of words.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && (last + " " + word).length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  for (const text of lines) {
    el("text", { x, y: y + LINE / 2, dy: "0.35em" }, parent).textContent = text;
    y += LINE;
  }
  return y;
}

/** A country's series as a small line chart: every sourced point, nothing between them invented. */
function seriesPanel(
  el: Make,
  root: Element,
  destinations: readonly DestinationRow[],
  series: { country: string; metric: string },
  text: ExileMapText,
  width: number,
  top: number,
): number {
  const rows = seriesRows(mappable(destinations), series.country, series.metric);
  if (rows.length === 0) return top;
  const panel = el("g", { class: "map-series" }, root);
  const heading = `${rows[0]!.country}: ${text.metric(series.metric)}`;
  const y = wrapText(el, panel, heading, PAD, top, width - 2 * PAD);
  const height = 110;
  const times = rows.map((row) => periodTime(row.period));
  const [t0, t1] = extent(times) as [number, number];
  const x = scaleUtc()
    .domain([t0, t1 === t0 ? t0 + 1 : t1])
    .range([PAD + 36, width - PAD - 36]);
  const values = rows.map((row) => row.value);
  const largest = rows.reduce((a, b) => (Math.abs(b.value) > Math.abs(a.value) ? b : a));
  const low = Math.min(0, ...values);
  const yScale = scaleLinear()
    .domain([low, Math.max(...values)])
    .range([y + height - 18, y + 14]);
  el("line", { class: "axis", x1: PAD, x2: width - PAD, y1: yScale(low), y2: yScale(low) }, panel);
  const path = line<MappableRow>()
    .x((row) => x(periodTime(row.period)))
    .y((row) => yScale(row.value))(rows);
  el("path", { class: "series-line", d: path ?? "" }, panel);
  rows.forEach((row, index) => {
    const [cx, cy] = [r1(x(periodTime(row.period))), r1(yScale(row.value))];
    el("title", {}, el("circle", { class: "series-point", cx, cy, r: 3 }, panel)).textContent =
      `${text.number(row.value)} · ${text.period(row.period)} · ${text.source} ${row.source_name}`;
    // The first, the last and the largest point carry their figure; the others speak through titles.
    const labelled = index === 0 || index === rows.length - 1 || row === largest;
    if (!labelled) return;
    const anchor = index === 0 ? "start" : index === rows.length - 1 ? "end" : "middle";
    el("text", { x: cx, y: cy - 8, "text-anchor": anchor, class: "series-value" }, panel).textContent = text.number(
      row.value,
    );
    if (index === 0 || index === rows.length - 1) {
      el("text", { x: cx, y: yScale(low) + 12, "text-anchor": anchor, class: "series-date" }, panel).textContent =
        text.period(row.period);
    }
  });
  return y + height;
}

/** The published estimates as ranges on one scale, each labelled with its date and who made it. */
function estimatesPanel(
  el: Make,
  root: Element,
  estimates: readonly EstimateRow[],
  text: ExileMapText,
  width: number,
  top: number,
): number {
  const rows = [...estimates].sort((a, b) => a.date.localeCompare(b.date));
  if (rows.length === 0) return top;
  const panel = el("g", { class: "map-estimates" }, root);
  let y = wrapText(el, panel, text.estimatesTitle, PAD, top, width - 2 * PAD);
  const labelWidth = Math.round(width * 0.42);
  const highest = max(rows, (row) => Math.max(row.estimate_low ?? 0, row.estimate_high ?? 0)) ?? 1;
  const x = scaleLinear()
    .domain([0, highest])
    .range([labelWidth + PAD, width - PAD - 4]);
  const perLabel = Math.floor(labelWidth / (FONT * 0.55));
  for (const row of rows) {
    const cy = y + LINE / 2;
    const who = row.source_name.split(/[,(]/)[0]!.trim();
    const name = `${text.period(row.date)} · ${who}`;
    el("text", { x: PAD, y: cy, dy: "0.35em", class: "estimate-label" }, panel).textContent =
      name.length > perLabel ? `${name.slice(0, perLabel - 1)}…` : name;
    const low = row.estimate_low;
    const high = row.estimate_high;
    const summary =
      low !== undefined && high !== undefined
        ? low === high
          ? text.number(low)
          : `${text.number(low)}–${text.number(high)}`
        : low !== undefined
          ? text.atLeast(text.number(low))
          : text.upTo(text.number(high!));
    const group = el("g", { class: "estimate" }, panel);
    el("title", {}, group).textContent =
      `${summary} · ${row.scope} · ${text.period(row.date)} · ${text.source} ${row.source_name}`;
    if (low !== undefined && high !== undefined && high > low) {
      el("line", { class: "estimate-range", x1: r1(x(low)), x2: r1(x(high)), y1: cy, y2: cy }, group);
    } else if (low === undefined) {
      // A one-sided estimate gets a short open stub on its open side, never a range it did not give.
      el("line", { class: "estimate-range open", x1: r1(x(high!) - STUB), x2: r1(x(high!)), y1: cy, y2: cy }, group);
    } else if (high === undefined) {
      el("line", { class: "estimate-range open", x1: r1(x(low)), x2: r1(x(low) + STUB), y1: cy, y2: cy }, group);
    }
    for (const value of [low, high]) {
      if (value !== undefined) el("circle", { class: "estimate-point", cx: r1(x(value)), cy, r: 3 }, group);
    }
    y += LINE;
  }
  // The scale's two ends, read from the data.
  for (const [value, anchor] of [
    [0, "start"],
    [highest, "end"],
  ] as const) {
    el("text", { x: r1(x(value)), y: y + 8, "text-anchor": anchor, class: "estimate-axis" }, panel).textContent =
      text.number(value);
  }
  return y + LINE;
}
