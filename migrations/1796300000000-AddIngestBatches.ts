import { MigrationInterface, QueryRunner } from "typeorm";

/** Batches of queued ingests (enqueueArticles) and each input's outcome; the jobs themselves live in pg-boss's schema. */
export class AddIngestBatches1796300000000 implements MigrationInterface {
    name = 'AddIngestBatches1796300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "ingest_batch" ("id" BIGSERIAL NOT NULL, "total" integer NOT NULL, "enqueued_by" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_947b9fcde724ad157308381289c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "ingest_batch_item" ("batch_id" bigint NOT NULL, "position" integer NOT NULL, "raw" text, "url" text, "fetched_at" TIMESTAMP WITH TIME ZONE, "state" text NOT NULL DEFAULT 'pending', "article_id" bigint, "error_code" text, "error_message" text, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2b6130cde00038e3cf9434bc170" PRIMARY KEY ("batch_id", "position"))`);
        await queryRunner.query(`ALTER TABLE "ingest_batch_item" ADD CONSTRAINT "FK_ee05dc95bdef539ba3b9088badb" FOREIGN KEY ("batch_id") REFERENCES "ingest_batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "ingest_batch_item" DROP CONSTRAINT "FK_ee05dc95bdef539ba3b9088badb"`);
        await queryRunner.query(`DROP TABLE "ingest_batch_item"`);
        await queryRunner.query(`DROP TABLE "ingest_batch"`);
    }

}
