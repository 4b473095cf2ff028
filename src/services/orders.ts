import type { Actor, Article, Figure, Quote } from "../entities";
import type { KeysetOrder } from "./paging";

/** Newest first; id breaks ties so the order is total. */
function newestFirst<Row extends { publishedAt: Date; id: string }>(list: string, alias: string): KeysetOrder<Row> {
  return {
    list,
    columns: [
      { expr: `${alias}.published_at`, cast: "timestamptz" },
      { expr: `${alias}.id`, cast: "bigint" },
    ],
    descending: true,
    key: (row) => [new Date(row.publishedAt).toISOString(), row.id],
  };
}

export const ARTICLE_ORDER = newestFirst<Article>("articles", "a");
export const QUOTE_ORDER = newestFirst<Quote>("quotes", "q");
export const FIGURE_ORDER = newestFirst<Figure>("figures", "f");

/** Actors alphabetically. */
export const ACTOR_ORDER: KeysetOrder<Actor> = {
  list: "actors",
  columns: [
    { expr: "act.name", cast: "text" },
    { expr: "act.id", cast: "bigint" },
  ],
  descending: false,
  key: (row) => [row.name, row.id],
};
