import { CreateSchema1795677876452 } from "./1795677876452-CreateSchema";
import { SeedCountriesAndTopics1795677900000 } from "./1795677900000-SeedCountriesAndTopics";

/** Every migration, in order; the DataSource registers this list (no globbing, so jest and node load the same files). */
export const migrations: Function[] = [CreateSchema1795677876452, SeedCountriesAndTopics1795677900000];
