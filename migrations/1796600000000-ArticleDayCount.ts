import { MigrationInterface, QueryRunner } from "typeorm";

const DAY = (column: string) => `(${column} AT TIME ZONE 'UTC')::date`;
/** Adds the rows of a SELECT (country_code, day, copy, n) to the counts, in key order so concurrent ingests lock rows in one order. */
const ADD = (select: string) => `INSERT INTO article_day_count (country_code, day, copy, articles) ${select} ORDER BY 1, 2, 3
    ON CONFLICT (country_code, day, copy) DO UPDATE SET articles = article_day_count.articles + EXCLUDED.articles`;

/**
 * Articles per UTC day and country (and "" for every article), later copies of a story apart: a summary kept by
 * triggers in the same transaction as every insert, delete and story change, so it is always exact. Statement-level
 * triggers with transition tables count a whole INSERT at once (one upsert per day and country, not per row);
 * an article's own delete subtracts itself (BEFORE, while its country rows are still there), and a country row
 * deleted on its own subtracts only while its article exists (so the cascade of an article's delete counts once).
 */
export class ArticleDayCount1796600000000 implements MigrationInterface {
    name = 'ArticleDayCount1796600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "article_day_count" ("country_code" text NOT NULL, "day" date NOT NULL, "copy" boolean NOT NULL, "articles" integer NOT NULL, CONSTRAINT "PK_9ebaae290ee18214644653eb7bf" PRIMARY KEY ("country_code", "day", "copy"))`);
        await queryRunner.query(`CREATE FUNCTION article_day_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_TABLE_NAME = 'article' THEN
                    ${ADD(`SELECT ''::text, ${DAY("n.published_at")}, n.story_copy, count(*)::int FROM inserted_rows n GROUP BY 2, 3`)};
                ELSE
                    ${ADD(`SELECT n.country_code::text, ${DAY("a.published_at")}, a.story_copy, count(*)::int FROM inserted_rows n JOIN article a ON a.id = n.article_id GROUP BY 1, 2, 3`)};
                END IF;
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE FUNCTION article_day_count_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                -- Moves changed articles (publication day or story_copy) from their old key to their new one, with their countries.
                ${ADD(`SELECT k.code, d.day, d.copy, sum(d.n)::int FROM (
                        SELECT o.id, ${DAY("o.published_at")} AS day, o.story_copy AS copy, -1 AS n FROM old_rows o JOIN new_rows w ON w.id = o.id
                        WHERE o.published_at IS DISTINCT FROM w.published_at OR o.story_copy IS DISTINCT FROM w.story_copy
                        UNION ALL
                        SELECT w.id, ${DAY("w.published_at")}, w.story_copy, 1 FROM old_rows o JOIN new_rows w ON w.id = o.id
                        WHERE o.published_at IS DISTINCT FROM w.published_at OR o.story_copy IS DISTINCT FROM w.story_copy) d
                    CROSS JOIN LATERAL (SELECT ''::text AS code UNION ALL SELECT x.country_code::text FROM article_country x WHERE x.article_id = d.id) k
                    GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0`)};
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE FUNCTION article_day_count_article_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE article_day_count s SET articles = s.articles - 1
                FROM (SELECT ''::text AS code UNION ALL SELECT x.country_code::text FROM article_country x WHERE x.article_id = OLD.id) k
                WHERE s.country_code = k.code AND s.day = ${DAY("OLD.published_at")} AND s.copy = OLD.story_copy;
                RETURN OLD;
            END $$`);
        await queryRunner.query(`CREATE FUNCTION article_day_count_country_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE article_day_count s SET articles = s.articles - d.n
                FROM (SELECT o.country_code::text AS code, ${DAY("a.published_at")} AS day, a.story_copy AS copy, count(*)::int AS n
                      FROM deleted_rows o JOIN article a ON a.id = o.article_id GROUP BY 1, 2, 3) d
                WHERE s.country_code = d.code AND s.day = d.day AND s.copy = d.copy;
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE FUNCTION article_day_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_TABLE_NAME = 'article' THEN
                    DELETE FROM article_day_count;
                ELSE
                    DELETE FROM article_day_count WHERE country_code <> '';
                END IF;
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER article_day_count_inserted AFTER INSERT ON "article" REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION article_day_count_inserted()`);
        await queryRunner.query(`CREATE TRIGGER article_day_count_changed AFTER UPDATE ON "article" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_day_count_changed()`);
        await queryRunner.query(`CREATE TRIGGER article_day_count_deleted BEFORE DELETE ON "article" FOR EACH ROW EXECUTE FUNCTION article_day_count_article_deleted()`);
        await queryRunner.query(`CREATE TRIGGER article_day_count_truncated AFTER TRUNCATE ON "article" FOR EACH STATEMENT EXECUTE FUNCTION article_day_count_truncated()`);
        await queryRunner.query(`CREATE TRIGGER article_day_count_inserted AFTER INSERT ON "article_country" REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION article_day_count_inserted()`);
        await queryRunner.query(`CREATE TRIGGER article_day_count_deleted AFTER DELETE ON "article_country" REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION article_day_count_country_deleted()`);
        await queryRunner.query(`CREATE TRIGGER article_day_count_truncated AFTER TRUNCATE ON "article_country" FOR EACH STATEMENT EXECUTE FUNCTION article_day_count_truncated()`);
        // What is already stored, counted once (migrations run one transaction each; the count of a large corpus outlasts STATEMENT_TIMEOUT_MS).
        await queryRunner.query(`SET LOCAL statement_timeout = 0`);
        await queryRunner.query(`INSERT INTO article_day_count (country_code, day, copy, articles)
            SELECT '', ${DAY("published_at")}, story_copy, count(*)::int FROM article GROUP BY 2, 3
            UNION ALL
            SELECT x.country_code::text, ${DAY("a.published_at")}, a.story_copy, count(*)::int FROM article_country x JOIN article a ON a.id = x.article_id GROUP BY 1, 2, 3`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const [trigger, table] of [["article_day_count_truncated", "article_country"], ["article_day_count_deleted", "article_country"], ["article_day_count_inserted", "article_country"],
            ["article_day_count_truncated", "article"], ["article_day_count_deleted", "article"], ["article_day_count_changed", "article"], ["article_day_count_inserted", "article"]]) {
            await queryRunner.query(`DROP TRIGGER "${trigger}" ON "${table}"`);
        }
        for (const fn of ["article_day_count_truncated", "article_day_count_country_deleted", "article_day_count_article_deleted", "article_day_count_changed", "article_day_count_inserted"]) {
            await queryRunner.query(`DROP FUNCTION ${fn}()`);
        }
        await queryRunner.query(`DROP TABLE "article_day_count"`);
    }

}
