import type { z } from "astro/zod";

/**
 * How one CSV file in `data/` is read: its basename, the zod schema that turns a row of text cells
 * into typed values (header order = the schema's key order), the columns that together identify a
 * row, and the columns holding dates that must not lie in the future.
 */
export interface Dataset<
  Shape extends Record<string, z.ZodType<unknown, string>> = Record<string, z.ZodType<unknown, string>>,
  Name extends string = string,
> {
  name: Name;
  schema: z.ZodType<z.output<z.ZodObject<Shape>>, Record<string, string>> & { shape: Shape };
  key: readonly (keyof Shape & string)[];
  dateColumns: readonly (keyof Shape & string)[];
}

/** The typed row a dataset's schema produces. */
export type RowOf<D> = D extends { schema: z.ZodType<infer Row, Record<string, string>> } ? Row : never;

/** The columns a dataset expects, in the order its schema declares them. */
export const columnsOf = (dataset: Dataset): string[] => Object.keys(dataset.schema.shape);

/** Declares a dataset; a helper only so that the key and date columns are checked against the schema. */
export const defineDataset = <Shape extends Record<string, z.ZodType<unknown, string>>, Name extends string>(
  dataset: Dataset<Shape, Name>,
) => dataset;
