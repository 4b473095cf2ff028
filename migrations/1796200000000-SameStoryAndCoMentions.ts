import { MigrationInterface, QueryRunner } from "typeorm";

/** Same-story detection (MinHash signatures, LSH bands, story columns on article) and the actor co-mention summary. */
export class SameStoryAndCoMentions1796200000000 implements MigrationInterface {
    name = 'SameStoryAndCoMentions1796200000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "article_minhash" ("article_id" bigint NOT NULL, "signature" integer array NOT NULL, CONSTRAINT "PK_2ef2493ad9cd8fd0f1c8c380c6c" PRIMARY KEY ("article_id"))`);
        await queryRunner.query(`CREATE TABLE "article_story_band" ("band_hash" bigint NOT NULL, "article_id" bigint NOT NULL, CONSTRAINT "PK_1c418a46167902a421af86cc2e3" PRIMARY KEY ("band_hash", "article_id"))`);
        await queryRunner.query(`CREATE INDEX "article_story_band_article_idx" ON "article_story_band"  ("article_id") `);
        await queryRunner.query(`CREATE TABLE "actor_co_mention" ("actor_id" bigint NOT NULL, "other_id" bigint NOT NULL, "articles" integer NOT NULL, CONSTRAINT "PK_4fdcbcc5579f6223799a640060c" PRIMARY KEY ("actor_id", "other_id"))`);
        await queryRunner.query(`CREATE INDEX "actor_co_mention_top_idx" ON "actor_co_mention"  ("actor_id", "articles") `);
        // Covering index, declared on Figure with synchronize: false (TypeORM has no INCLUDE): figureSeries reads a unit's figures from it alone.
        await queryRunner.query(`CREATE INDEX "figure_unit_series_idx" ON "figure" ("unit", "published_at") INCLUDE ("id", "article_id", "value")`);
        await queryRunner.query(`ALTER TABLE "article" ADD "story_id" bigint`);
        await queryRunner.query(`ALTER TABLE "article" ADD "story_copy" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`CREATE INDEX "article_story_idx" ON "article"  ("story_id") WHERE story_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "article_story_copy_idx" ON "article"  ("id") WHERE story_copy`);
        await queryRunner.query(`ALTER TABLE "article_minhash" ADD CONSTRAINT "FK_2ef2493ad9cd8fd0f1c8c380c6c" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "article_story_band" ADD CONSTRAINT "FK_8b1c7672292a27e5d0119357188" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "actor_co_mention" ADD CONSTRAINT "FK_3920be8f6ef4cee8f76fe57f353" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "actor_co_mention" ADD CONSTRAINT "FK_d6c30b117cb621d673721ed8ad8" FOREIGN KEY ("other_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "actor_co_mention" DROP CONSTRAINT "FK_d6c30b117cb621d673721ed8ad8"`);
        await queryRunner.query(`ALTER TABLE "actor_co_mention" DROP CONSTRAINT "FK_3920be8f6ef4cee8f76fe57f353"`);
        await queryRunner.query(`ALTER TABLE "article_story_band" DROP CONSTRAINT "FK_8b1c7672292a27e5d0119357188"`);
        await queryRunner.query(`ALTER TABLE "article_minhash" DROP CONSTRAINT "FK_2ef2493ad9cd8fd0f1c8c380c6c"`);
        await queryRunner.query(`DROP INDEX "public"."article_story_copy_idx"`);
        await queryRunner.query(`DROP INDEX "public"."article_story_idx"`);
        await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "story_copy"`);
        await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "story_id"`);
        await queryRunner.query(`DROP INDEX "public"."figure_unit_series_idx"`);
        await queryRunner.query(`DROP INDEX "public"."actor_co_mention_top_idx"`);
        await queryRunner.query(`DROP TABLE "actor_co_mention"`);
        await queryRunner.query(`DROP INDEX "public"."article_story_band_article_idx"`);
        await queryRunner.query(`DROP TABLE "article_story_band"`);
        await queryRunner.query(`DROP TABLE "article_minhash"`);
    }

}
