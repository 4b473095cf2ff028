import { MigrationInterface, QueryRunner } from "typeorm";

/** Indexes for the remaining filters: a unit newest first, quote full-text search (an expression index), finer country statistics. */
export class AddFilterIndexes1795678733303 implements MigrationInterface {
    name = 'AddFilterIndexes1795678733303'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "figure_unit_published_at_idx" ON "figure"  ("unit", "published_at", "id") `);
        // Expression index, declared on Quote with synchronize: false; matches quoteConditions' to_tsvector('english', q.text).
        await queryRunner.query(`CREATE INDEX "quote_text_search_idx" ON "quote" USING gin (to_tsvector('english', "text"))`);
        // Every country in the planner's most-common-values list, so a rarely covered country is not mistaken for an average one.
        await queryRunner.query(`ALTER TABLE "article_country" ALTER COLUMN "country_code" SET STATISTICS 1000`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "article_country" ALTER COLUMN "country_code" SET STATISTICS -1`);
        await queryRunner.query(`DROP INDEX "public"."quote_text_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."figure_unit_published_at_idx"`);
    }

}
