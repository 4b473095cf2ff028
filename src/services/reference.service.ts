import type { DataSource } from "typeorm";
import type { Country, Topic } from "../entities";

/** Countries and topics change only by migration: read once, then served from memory. */
export class ReferenceData {
  private constructor(
    readonly countries: Country[],
    readonly topics: Topic[],
    private readonly countryByCode: Map<string, Country>,
    private readonly topicById: Map<number, Topic>,
    private readonly topicBySlug: Map<string, Topic>,
  ) {}

  static async load(dataSource: DataSource): Promise<ReferenceData> {
    const countries: Country[] = await dataSource.query(`SELECT code, name FROM country ORDER BY code`);
    const topics: Topic[] = await dataSource.query(`SELECT id, slug, code, name, parent_id AS "parentId" FROM topic ORDER BY code`);
    const topicById = new Map(topics.map((t) => [t.id, t]));
    for (const topic of topics) topic.parent = topic.parentId === null ? null : topicById.get(topic.parentId) ?? null;
    return new ReferenceData(
      countries,
      topics,
      new Map(countries.map((c) => [c.code, c])),
      topicById,
      new Map(topics.map((t) => [t.slug, t])),
    );
  }

  country(code: string): Country | undefined {
    return this.countryByCode.get(code.trim().toUpperCase());
  }

  topic(id: number): Topic | undefined {
    return this.topicById.get(id);
  }

  topicBySlugName(slug: string): Topic | undefined {
    return this.topicBySlug.get(slug.trim().toLowerCase());
  }

  /** The topic's id and the ids of all topics below it. */
  topicAndDescendantIds(topic: Topic): number[] {
    const ids = [topic.id];
    for (let i = 0; i < ids.length; i++) {
      for (const candidate of this.topics) if (candidate.parentId === ids[i]) ids.push(candidate.id);
    }
    return ids;
  }
}
