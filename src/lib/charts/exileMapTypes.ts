import type { DestinationRow, EstimateRow, HubRow } from "../data/exileFigures.ts";
import type { MapGeometry } from "./exileGeometry.ts";

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
  /** The same line without the countries' names, for the phone drawing: the table names them. */
  otherOnlyUnnamed: string;
  /** Title of such a country, e.g. (country, metric) => "Georgia: no figure for …". */
  noFigure: (country: string, metric: string) => string;
  /** Legend line naming countries with figures that lie outside the frame. */
  offMap: (countries: string) => string;
  hub: string;
  estimatesTitle: string;
  /** The estimates' title on a phone, which draws them without names: it says where each is named. */
  estimatesUnnamed: string;
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
