import { CreateSchema1795677800000 } from "./1795677800000-CreateSchema";
import { SeedCountriesAndTopics1795677900000 } from "./1795677900000-SeedCountriesAndTopics";
import { AddFilterIndexes1795678733303 } from "./1795678733303-AddFilterIndexes";
import { AddIngestBatches1796300000000 } from "./1796300000000-AddIngestBatches";

/** Every migration, in order; the DataSource registers this list (no globbing, so jest and node load the same files). */
export const migrations: Function[] = [CreateSchema1795677800000, SeedCountriesAndTopics1795677900000, AddFilterIndexes1795678733303, AddIngestBatches1796300000000];
