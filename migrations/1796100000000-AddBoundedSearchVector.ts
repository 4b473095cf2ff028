import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The article's search vector stops being a generated column over the whole body (a 1 MB body of distinct
 * words overflowed PostgreSQL's tsvector limit): the ingest writes it over the first MAX_SEARCH_TEXT_CHARS of
 * the body, and a trigger fills it, over the first 200,000 characters, for writers that leave it out.
 * DROP EXPRESSION keeps the stored vectors and their GIN index (TypeORM would drop and re-add the column).
 */
export class AddBoundedSearchVector1796100000000 implements MigrationInterface {
    name = 'AddBoundedSearchVector1796100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "article" ALTER COLUMN "search_vector" DROP EXPRESSION`);
        await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`, ["GENERATED_COLUMN","search_vector","public","article"]);
        await queryRunner.query(`CREATE FUNCTION article_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' AND NEW.search_vector IS NOT NULL THEN
                    RETURN NEW;
                END IF;
                NEW.search_vector := setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A')
                    || setweight(to_tsvector('english', left(coalesce(NEW.body, ''), 200000)), 'B');
                RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER article_search_vector BEFORE INSERT OR UPDATE OF title, body ON "article" FOR EACH ROW EXECUTE FUNCTION article_search_vector()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER article_search_vector ON "article"`);
        await queryRunner.query(`DROP FUNCTION article_search_vector()`);
        await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "search_vector"`);
        await queryRunner.query(`ALTER TABLE "article" ADD "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED NOT NULL`);
        await queryRunner.query(`CREATE INDEX "article_search_idx" ON "article" USING GIN ("search_vector")`);
        await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`, ["public","article","GENERATED_COLUMN","search_vector","setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')"]);
    }

}
