import { readFileSync } from "node:fs";
import { join } from "node:path";
import { geoAzimuthalEqualArea, geoPath, type GeoPermissibleObjects } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** Width of the map's own coordinate space; every step's view is a window (viewBox) into it. */
export const MAP_SPACE_WIDTH = 1000;

/**
 * The part of the world the map covers, as longitude/latitude corners: Europe, the Caucasus and
 * the eastern Mediterranean, so that every destination in the research (Israel included) fits.
 * A country outside it is listed as "not on the map" in the legend and the table, never dropped.
 */
const FRAME: [number, number][] = [
  [-10, 36],
  [48, 36],
  [48, 70],
  [-10, 70],
  [35, 30.5],
  [18, 71],
];

/**
 * An azimuthal equal-area projection centred on Belarus: areas (and so the countries' sizes) stay
 * true, and the distortion is least where the story happens.
 */
const CENTRE: [number, number] = [28, 53];

/** One country in the map's coordinate space. */
export interface MapCountry {
  /** ISO 3166-1 numeric code, as world-atlas stores it ("616"). */
  id: string;
  /** The path, clipped to the frame, in whole units (a third of a pixel at the widest overview). */
  d: string;
  /** Where its symbol goes: the centroid of the part inside the frame. */
  anchor: [number, number];
  /** [[x0, y0], [x1, y1]] of the part inside the frame. */
  bounds: [[number, number], [number, number]];
}

/** Everything the map draws from the geometry, in MAP_SPACE_WIDTH units. */
export interface MapGeometry {
  width: number;
  height: number;
  countries: MapCountry[];
}

const round = (value: number) => Math.round(value * 10) / 10;
const frame = { type: "MultiPoint", coordinates: FRAME } as const;

/** The projection, fitted so that the frame spans MAP_SPACE_WIDTH units. */
export function mapProjection() {
  const projection = geoAzimuthalEqualArea()
    .rotate([-CENTRE[0], -CENTRE[1]])
    .fitWidth(MAP_SPACE_WIDTH, frame as GeoPermissibleObjects);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(frame as GeoPermissibleObjects);
  // Clipping at build time means the browser never receives the rest of the world.
  return projection.clipExtent([
    [x0, y0],
    [x1, y1],
  ]);
}

/**
 * Projects and clips world-atlas's 1:110m country shapes at build time: the page receives only
 * paths for the countries in the frame, never a geometry file. Pure and cheap (about 0.2 s, once
 * per process through sharedGeometry), so it is not kept on disk: a chart builder never touches
 * the build's artefact cache, which wraps whole charts from outside (src/lib/build/).
 */
export function mapGeometry(): MapGeometry {
  return buildGeometry();
}

let memo: MapGeometry | undefined;
/** mapGeometry, computed once per process: each step's SVG draws the same shapes. */
export const sharedGeometry = (): MapGeometry => (memo ??= mapGeometry());

function buildGeometry(): MapGeometry {
  // Read from the working directory: the build bundles this module elsewhere, away from node_modules.
  const file = join(process.cwd(), "node_modules/world-atlas/countries-110m.json");
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const projection = mapProjection();
  const path = geoPath(projection).digits(0);
  const [[, y0], [, y1]] = geoPath(projection).bounds(frame as GeoPermissibleObjects);
  const countries: MapCountry[] = [];
  for (const country of collection.features as Feature<Geometry>[]) {
    const id = country.id === undefined ? "" : String(country.id);
    const d = path(country);
    // Countries wholly outside the frame project to nothing; shapes without a code cannot carry data.
    if (!id || !d) continue;
    const [[bx0, by0], [bx1, by1]] = path.bounds(country);
    const [ax, ay] = path.centroid(country);
    countries.push({
      id,
      d,
      anchor: [round(ax), round(ay)],
      bounds: [
        [round(bx0), round(by0)],
        [round(bx1), round(by1)],
      ],
    });
  }
  return { width: MAP_SPACE_WIDTH, height: Math.ceil(y1 - y0), countries };
}
