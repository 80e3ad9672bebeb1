/**
 * Statements rendered once per shape (issue 18, session 37). A hot read whose SQL text depends only on which
 * filters are set (not on their values) is built with Drizzle and rendered by its dialect once for each shape,
 * with placeholders where the values go; a call then only fills the placeholders, as Drizzle's prepared
 * queries do. Building and rendering the list's statement cost 34 kB of allocations a request.
 */
import { fillPlaceholders, sql, type Column, type Placeholder, type SQL, type SQLWrapper } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

/**
 * How a statement builder puts a value in: as the value itself (a statement built for one call), or as a
 * placeholder named `name` (a statement rendered for its shape). The builder writes the same SQL either way.
 */
export type Bind = {
  /** A value the driver receives as it is (text, a number, a JSON text, or a Date written by a SQL expression's side). */
  raw<T>(name: string, value: T): T | Placeholder;
  /** A value compared with `column`, encoded as that column encodes it (a Date as an ISO instant). */
  as<T>(name: string, value: T, column: Column): T | SQLWrapper;
};

/** Values in place: Drizzle encodes each as it would any value (`eq(column, value)` encodes by the column). */
export const bindValues: Bind = { raw: (_name, value) => value, as: (_name, value) => value };

/** Placeholders in place of the values, filled per call (a column's placeholder keeps the column's encoder). */
const bindPlaceholders: Bind = {
  raw: (name) => sql.placeholder(name),
  as: (name, _value, column) => sql.param(sql.placeholder(name), column),
};

/** A statement as the driver takes it. */
export type RenderedStatement = { text: string; params: unknown[] };

const dialect = new PgDialect();

/**
 * Returns `input → statement` rendering `build` once per `shapeOf(input)` (at most `capacity` shapes kept, the
 * oldest dropped), each call filling the placeholders from `valuesOf(input)`. `shapeOf` must name everything that
 * changes the text `build` writes (which filters are set, how many values a list holds); `valuesOf` must give every
 * placeholder the shape's statement holds (a missing one throws).
 */
export function renderedByShape<I>(
  shapeOf: (input: I) => string,
  build: (input: I, bind: Bind) => SQL,
  valuesOf: (input: I) => Record<string, unknown>,
  capacity = 256,
): (input: I) => RenderedStatement {
  const shapes = new Map<string, RenderedStatement>();
  return (input: I): RenderedStatement => {
    const shape = shapeOf(input);
    let rendered = shapes.get(shape);
    if (rendered === undefined) {
      const { sql: text, params } = dialect.sqlToQuery(build(input, bindPlaceholders));
      rendered = { text, params };
      shapes.set(shape, rendered);
      if (shapes.size > capacity) shapes.delete(shapes.keys().next().value as string);
    }
    return { text: rendered.text, params: fillPlaceholders(rendered.params, valuesOf(input)) };
  };
}
