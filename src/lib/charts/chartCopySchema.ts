import { z } from "astro/zod";

/**
 * Chart copy per edition: the front matter of src/content/charts/<locale>/<chart id>.md; its body
 * holds the chart's notes. Every chart has a title, a text alternative and the organisation its
 * figures come from; `axis` and `labels` hold whatever further words a chart draws (legend
 * entries, axis names), so that no word a reader sees is typed into code.
 */
export const chartCopySchema = z
  .object({
    title: z.string().min(1),
    alt: z.string().min(1),
    sourceOrganisation: z.string().min(1),
    axis: z.string().default(""),
    labels: z.record(z.string(), z.string()).default({}),
  })
  .strict();

export type ChartCopy = z.output<typeof chartCopySchema>;

/** A word from the chart copy's `labels`; a missing one stops the build rather than drawing a blank. */
export function label(copy: ChartCopy, name: string): string {
  const value = copy.labels[name];
  if (value === undefined) throw new Error(`Missing chart label "${name}" in the chart copy's labels`);
  return value;
}
