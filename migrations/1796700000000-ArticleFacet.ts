import { MigrationInterface, QueryRunner } from "typeorm";

/** The sorted arrays of one article's link keys, from its link rows (alias f is the article_facet row). */
const COUNTRIES = `ARRAY(SELECT x.country_code::text FROM article_country x WHERE x.article_id = f.article_id ORDER BY 1)`;
/** Its topics and every ancestor of each, once. */
const TOPICS = `ARRAY(WITH RECURSIVE up(id) AS (SELECT x.topic_id FROM article_topic x WHERE x.article_id = f.article_id
                      UNION SELECT t.parent_id FROM topic t JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL) SELECT id FROM up ORDER BY 1)`;
const ACTORS = `ARRAY(SELECT x.actor_id FROM article_actor x WHERE x.article_id = f.article_id ORDER BY 1)`;
/**
 * (country_code, facet, key, copy, n) for every key of every row of `rows` (article_facet or a transition table),
 * n = `sign`: once under "" (every article) and once under each of the article's countries.
 */
const KEYS = (rows: string, sign: number) => `SELECT c.code AS country_code, k.facet, k.key, r.story_copy AS copy, ${sign} AS n
    FROM ${rows} r CROSS JOIN LATERAL (SELECT ''::text UNION ALL SELECT unnest(r.country_codes)) AS c(code)
    CROSS JOIN LATERAL (SELECT 'country'::text, unnest(r.country_codes) UNION ALL SELECT 'topic', unnest(r.topic_ids)::text
                        UNION ALL SELECT 'actor', unnest(r.actor_ids)::text UNION ALL SELECT 'source', r.source) AS k(facet, key)`;
/** Adds the rows of a KEYS select to the counts, in key order so concurrent writers lock rows in one order. */
const ADD_KEYS = (select: string) => `INSERT INTO article_key_count (country_code, facet, key, copy, articles)
    SELECT k.country_code, k.facet, k.key, k.copy, sum(k.n)::int FROM (${select}) k GROUP BY 1, 2, 3, 4 HAVING sum(k.n) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (country_code, facet, key, copy) DO UPDATE SET articles = article_key_count.articles + EXCLUDED.articles`;
const LINK_TABLES: Array<[string, string, string]> = [
    ["article_country", "country_codes", COUNTRIES],
    ["article_topic", "topic_ids", TOPICS],
    ["article_actor", "actor_ids", ACTORS],
];

/**
 * article_facet: one narrow row per article with its countries, topics (with ancestors) and actors as sorted arrays
 * and its source. Triggers keep it exact in the transaction of every write: an article's insert adds its row (arrays
 * empty), each INSERT, DELETE or TRUNCATE of link rows recomputes that array of the articles it touched (statement
 * triggers with transition tables: one UPDATE per statement, not per row), an article's delete cascades. A covering
 * index on (published_at, article_id) holds every column, so a date range is filtered and aggregated from the index
 * alone; GIN indexes serve a country, topic or actor without dates.
 */
export class ArticleFacet1796700000000 implements MigrationInterface {
    name = 'ArticleFacet1796700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "article_facet" ("article_id" bigint NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "source" text NOT NULL, "country_codes" text array NOT NULL DEFAULT '{}', "topic_ids" integer array NOT NULL DEFAULT '{}', "actor_ids" bigint array NOT NULL DEFAULT '{}', "story_copy" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_0689274032f19ac39fb0a0f4677" PRIMARY KEY ("article_id"))`);
        await queryRunner.query(`CREATE TABLE "article_key_count" ("country_code" text NOT NULL, "facet" text NOT NULL, "key" text NOT NULL, "copy" boolean NOT NULL, "articles" integer NOT NULL, CONSTRAINT "PK_cb45a89b50bec06a8acee42e327" PRIMARY KEY ("country_code", "facet", "key", "copy"))`);
        await queryRunner.query(`ALTER TABLE "article_facet" ADD CONSTRAINT "FK_0689274032f19ac39fb0a0f4677" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // What is already stored, in one pass per link table (a large corpus outlasts STATEMENT_TIMEOUT_MS), then the indexes over it.
        await queryRunner.query(`SET LOCAL statement_timeout = 0`);
        await queryRunner.query(`SET LOCAL work_mem = '256MB'`);
        await queryRunner.query(ARTICLE_FACET_FILL);
        await queryRunner.query(`INSERT INTO article_key_count (country_code, facet, key, copy, articles) SELECT k.country_code, k.facet, k.key, k.copy, sum(k.n)::int FROM (${KEYS("article_facet", 1)}) k GROUP BY 1, 2, 3, 4`);
        await queryRunner.query(`CREATE INDEX "article_facet_published_idx" ON "article_facet" ("published_at", "article_id") INCLUDE ("source", "story_copy", "country_codes", "topic_ids", "actor_ids")`);
        await queryRunner.query(`CREATE INDEX "article_facet_countries_idx" ON "article_facet" USING gin ("country_codes")`);
        await queryRunner.query(`CREATE INDEX "article_facet_topics_idx" ON "article_facet" USING gin ("topic_ids")`);
        await queryRunner.query(`CREATE INDEX "article_facet_actors_idx" ON "article_facet" USING gin ("actor_ids")`);
        await queryRunner.query(`ANALYZE "article_facet"`);
        await queryRunner.query(`CREATE FUNCTION article_facet_article_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO article_facet (article_id, published_at, source, story_copy) SELECT n.id, n.published_at, n.source, n.story_copy FROM inserted_rows n ORDER BY n.id;
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE FUNCTION article_facet_article_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE article_facet SET published_at = NEW.published_at, source = NEW.source, story_copy = NEW.story_copy WHERE article_id = NEW.id;
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE FUNCTION article_facet_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                ${LINK_TABLES.map(([table, column, value], i) => `${i ? "ELSIF" : "IF"} TG_TABLE_NAME = '${table}' THEN
                    IF TG_OP = 'TRUNCATE' THEN
                        UPDATE article_facet SET ${column} = '{}' WHERE ${column} <> '{}';
                    ELSE
                        UPDATE article_facet f SET ${column} = ${value} WHERE f.article_id IN (SELECT DISTINCT c.article_id FROM changed_rows c);
                    END IF;`).join("\n                ")}
                END IF;
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER article_facet_inserted AFTER INSERT ON "article" REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION article_facet_article_inserted()`);
        await queryRunner.query(`CREATE TRIGGER article_facet_changed AFTER UPDATE OF published_at, source, story_copy ON "article" FOR EACH ROW
            WHEN (OLD.published_at IS DISTINCT FROM NEW.published_at OR OLD.source IS DISTINCT FROM NEW.source OR OLD.story_copy IS DISTINCT FROM NEW.story_copy) EXECUTE FUNCTION article_facet_article_changed()`);
        await queryRunner.query(`CREATE FUNCTION article_key_count_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'TRUNCATE' THEN
                    DELETE FROM article_key_count;
                ELSIF TG_OP = 'INSERT' THEN
                    ${ADD_KEYS(KEYS("new_rows", 1))};
                ELSIF TG_OP = 'DELETE' THEN
                    ${ADD_KEYS(KEYS("old_rows", -1))};
                ELSE
                    ${ADD_KEYS(`${KEYS("new_rows", 1)} UNION ALL ${KEYS("old_rows", -1)}`)};
                END IF;
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER article_key_count_inserted AFTER INSERT ON "article_facet" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_key_count_changed()`);
        await queryRunner.query(`CREATE TRIGGER article_key_count_changed AFTER UPDATE ON "article_facet" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_key_count_changed()`);
        await queryRunner.query(`CREATE TRIGGER article_key_count_deleted AFTER DELETE ON "article_facet" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_key_count_changed()`);
        await queryRunner.query(`CREATE TRIGGER article_key_count_truncated AFTER TRUNCATE ON "article_facet" FOR EACH STATEMENT EXECUTE FUNCTION article_key_count_changed()`);
        // A topic moved under another parent changes the ancestors of every article holding it (its own and its subtopics' articles).
        await queryRunner.query(`CREATE FUNCTION article_facet_topic_moved() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE article_facet f SET topic_ids = ${TOPICS} WHERE f.topic_ids && ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.parent_id IS DISTINCT FROM o.parent_id);
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER article_facet_topic_moved AFTER UPDATE ON "topic" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_facet_topic_moved()`);
        for (const [table] of LINK_TABLES) {
            await queryRunner.query(`CREATE TRIGGER article_facet_inserted AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_facet_links_changed()`);
            await queryRunner.query(`CREATE TRIGGER article_facet_deleted AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_facet_links_changed()`);
            await queryRunner.query(`CREATE TRIGGER article_facet_truncated AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION article_facet_links_changed()`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const [table] of [...LINK_TABLES].reverse()) {
            for (const trigger of ["article_facet_truncated", "article_facet_deleted", "article_facet_inserted"]) await queryRunner.query(`DROP TRIGGER "${trigger}" ON "${table}"`);
        }
        for (const trigger of ["article_key_count_truncated", "article_key_count_deleted", "article_key_count_changed", "article_key_count_inserted"]) await queryRunner.query(`DROP TRIGGER "${trigger}" ON "article_facet"`);
        await queryRunner.query(`DROP TRIGGER "article_facet_topic_moved" ON "topic"`);
        await queryRunner.query(`DROP TRIGGER "article_facet_changed" ON "article"`);
        await queryRunner.query(`DROP TRIGGER "article_facet_inserted" ON "article"`);
        for (const fn of ["article_key_count_changed", "article_facet_topic_moved", "article_facet_links_changed", "article_facet_article_changed", "article_facet_article_inserted"]) await queryRunner.query(`DROP FUNCTION ${fn}()`);
        await queryRunner.query(`ALTER TABLE "article_facet" DROP CONSTRAINT "FK_0689274032f19ac39fb0a0f4677"`);
        await queryRunner.query(`DROP TABLE "article_facet"`);
        await queryRunner.query(`DROP TABLE "article_key_count"`);
    }

}

/**
 * Every article's row from its link rows, set-based (one GROUP BY per link table, no per-article descent): the
 * migration's backfill, and the synthetic loader's after a load into an empty table (its triggers off meanwhile).
 */
export const ARTICLE_FACET_FILL = `INSERT INTO article_facet (article_id, published_at, source, story_copy, country_codes, topic_ids, actor_ids)
    WITH RECURSIVE closure(topic_id, ancestor_id) AS (SELECT id, id FROM topic UNION SELECT c.topic_id, t.parent_id FROM closure c JOIN topic t ON t.id = c.ancestor_id WHERE t.parent_id IS NOT NULL)
    SELECT a.id, a.published_at, a.source, a.story_copy, coalesce(c.codes, '{}'), coalesce(t.ids, '{}'), coalesce(x.ids, '{}')
    FROM article a
    LEFT JOIN (SELECT article_id, array_agg(country_code::text ORDER BY country_code) AS codes FROM article_country GROUP BY 1) c ON c.article_id = a.id
    LEFT JOIN (SELECT l.article_id, array_agg(DISTINCT u.ancestor_id ORDER BY u.ancestor_id) AS ids FROM article_topic l JOIN closure u ON u.topic_id = l.topic_id GROUP BY 1) t ON t.article_id = a.id
    LEFT JOIN (SELECT article_id, array_agg(actor_id ORDER BY actor_id) AS ids FROM article_actor GROUP BY 1) x ON x.article_id = a.id
    ORDER BY a.id`;
