import { CreateSchema1795677800000 } from "./1795677800000-CreateSchema";
import { SeedCountriesAndTopics1795677900000 } from "./1795677900000-SeedCountriesAndTopics";
import { AddFilterIndexes1795678733303 } from "./1795678733303-AddFilterIndexes";
import { FigureKindAndSearch1796000000000 } from "./1796000000000-FigureKindAndSearch";
import { AddBoundedSearchVector1796100000000 } from "./1796100000000-AddBoundedSearchVector";
import { SameStoryAndCoMentions1796200000000 } from "./1796200000000-SameStoryAndCoMentions";
import { AddIngestBatches1796300000000 } from "./1796300000000-AddIngestBatches";
import { AddJsonFloat1796400000000 } from "./1796400000000-AddJsonFloat";
import { ArticleDayCount1796600000000 } from "./1796600000000-ArticleDayCount";
import { ArticleFacet1796700000000 } from "./1796700000000-ArticleFacet";

/** Every migration, in order; the DataSource registers this list (no globbing, so jest and node load the same files). */
export const migrations: Function[] = [
  CreateSchema1795677800000,
  SeedCountriesAndTopics1795677900000,
  AddFilterIndexes1795678733303,
  FigureKindAndSearch1796000000000,
  AddBoundedSearchVector1796100000000,
  SameStoryAndCoMentions1796200000000,
  AddIngestBatches1796300000000,
  AddJsonFloat1796400000000,
  ArticleDayCount1796600000000,
  ArticleFacet1796700000000,
];
