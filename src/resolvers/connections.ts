import { Actor, Article, Figure, Quote } from "../entities";
import { Connection } from "./connection";

export const ArticleConnection = Connection(Article, "Article");
export const QuoteConnection = Connection(Quote, "Quote");
export const FigureConnection = Connection(Figure, "Figure");
export const ActorConnection = Connection(Actor, "Actor");
