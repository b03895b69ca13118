import { dataHistory, type DataHistory } from "./dataHistory.ts";
import { dataVersion } from "./dataVersion.ts";
import { dataDir } from "./validateDataDir.ts";

/** Which data a page shows: its version, when it last changed (if the copy has history), and the history. */
export interface DataRecord {
  version: string;
  /** The calendar date (UTC) of the newest commit that changed the data, `YYYY-MM-DD`. */
  lastChanged: string | undefined;
  history: DataHistory;
}

/**
 * The record every page, embed, feed and download carries, read once per build: the version is
 * a hash of the files as they are built, and the date of the last change comes from git.
 */
export function dataRecord(dir = dataDir()): DataRecord {
  const history = dataHistory(dir);
  const newest = history.available ? history.updates[0] : undefined;
  return {
    version: dataVersion(dir).version,
    lastChanged: newest ? new Date(newest.date).toISOString().slice(0, 10) : undefined,
    history,
  };
}
