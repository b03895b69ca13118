import { z } from "astro/zod";
import { chartIds, chartStates } from "../charts/chartStates.ts";

/**
 * One scroll step: an id for links and tests, its text, a caption for its figure, and the state
 * of the chapter's graphic. The state's keys belong to the graphic (see src/lib/charts/chartStates.ts)
 * and are checked against its schema by the chapter, which knows the graphic. `<chapter slug>-<id>`
 * is also the step's embed URL (/embed/<chapter slug>-<id>/): renaming a step breaks its embeds
 * already published elsewhere.
 */
export const stepSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case words joined by hyphens"),
    text: z.string().min(1),
    caption: z.string().min(1),
    state: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/**
 * A chapter of the story: src/content/chapters/<locale>/<number>-<slug>.md. Its Markdown body is
 * the chapter's opening text; its steps (if any) drive the sticky graphic named in `graphic`.
 */
export const chapterSchema = z
  .object({
    number: z.number().int().positive(),
    title: z.string().min(1),
    graphic: z.enum(chartIds).optional(),
    steps: z.array(stepSchema).default([]),
    downloads: z.boolean().default(false),
    /** Offers the offline edition and says how to check a copy of the site (ReadOffline.astro). */
    offline: z.boolean().default(false),
  })
  .strict()
  .superRefine((chapter, context) => {
    if (chapter.steps.length > 0 && chapter.graphic === undefined) {
      context.addIssue({ code: "custom", message: "a chapter with steps needs a graphic", path: ["graphic"] });
    }
    if (chapter.graphic === undefined) return;
    // Each step's state must be one its graphic understands; issues name the step and the key.
    const state: z.ZodType = chartStates[chapter.graphic];
    chapter.steps.forEach((step, index) => {
      const result = state.safeParse(step.state);
      for (const issue of result.error?.issues ?? []) {
        context.addIssue({
          code: "custom",
          message: `step "${step.id}": ${issue.message}`,
          path: [
            "steps",
            index,
            "state",
            ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)),
          ],
        });
      }
    });
  });

export type Step = z.output<typeof stepSchema>;
export type Chapter = z.output<typeof chapterSchema>;

/**
 * A chapter's slug, used for its section id and its steps' ids: the file name without its number
 * and extension, e.g. "en/2-political-prisoners" → "political-prisoners".
 */
export const chapterSlug = (idOrFile: string): string =>
  idOrFile.split("/").at(-1)!.replace(/\.md$/, "").replace(/^\d+-/, "");
