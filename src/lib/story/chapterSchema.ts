import { z } from "astro/zod";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD");

/**
 * The declarative state of the political-prisoner chart for one step: which dates, which points
 * labelled, whether releases and women are shown. The graphic is a pure function of it, so
 * scrolling back up needs no undo code. Unknown keys are refused, so a typo fails the build.
 */
export const prisonersStateSchema = z
  .object({
    from: isoDay.optional(),
    to: isoDay.optional(),
    highlight: z.array(z.enum(["first", "peak", "latest"])).optional(),
    releases: z.boolean().optional(),
    women: z.boolean().optional(),
  })
  .strict();

/** One scroll step: an id for links and tests, its text, a caption for its figure, and the graphic's state. */
export const stepSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case words joined by hyphens"),
    text: z.string().min(1),
    caption: z.string().min(1),
    state: prisonersStateSchema.default({}),
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
    graphic: z.enum(["political-prisoners"]).optional(),
    steps: z.array(stepSchema).default([]),
    downloads: z.boolean().default(false),
  })
  .strict()
  .refine((chapter) => chapter.steps.length === 0 || chapter.graphic !== undefined, {
    message: "a chapter with steps needs a graphic",
  });

export type Step = z.output<typeof stepSchema>;

/**
 * A chapter's slug, used for its section id and its steps' ids: the file name without its number
 * and extension, e.g. "en/2-political-prisoners" → "political-prisoners".
 */
export const chapterSlug = (idOrFile: string): string =>
  idOrFile.split("/").at(-1)!.replace(/\.md$/, "").replace(/^\d+-/, "");
