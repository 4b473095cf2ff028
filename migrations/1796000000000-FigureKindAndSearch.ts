import { MigrationInterface, QueryRunner } from "typeorm";

/** Figure.kind (with a backfill from the unit) and its filter index; full-text search over a figure's context. */
export class FigureKindAndSearch1796000000000 implements MigrationInterface {
    name = 'FigureKindAndSearch1796000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."figure_kind" AS ENUM('MONEY', 'PERCENT', 'COUNT', 'MEASURE', 'DURATION', 'AGE')`);
        // Added nullable, backfilled from the unit rows already have, then made NOT NULL as the entity declares it.
        await queryRunner.query(`ALTER TABLE "figure" ADD "kind" "public"."figure_kind"`);
        await queryRunner.query(`UPDATE "figure" SET "unit" = 'pp' WHERE "unit" IN ('percentage points', 'percentage point')`);
        await queryRunner.query(`UPDATE "figure" SET "kind" = CASE WHEN "unit" ~ '^[A-Z]{3}$' THEN 'MONEY'::"public"."figure_kind" WHEN "unit" IN ('%', 'pp') THEN 'PERCENT'::"public"."figure_kind" ELSE 'COUNT'::"public"."figure_kind" END`);
        await queryRunner.query(`ALTER TABLE "figure" ALTER COLUMN "kind" SET NOT NULL`);
        await queryRunner.query(`CREATE INDEX "figure_kind_published_at_idx" ON "figure"  ("kind", "published_at", "id") `);
        await queryRunner.query(`CREATE INDEX "figure_kind_value_idx" ON "figure"  ("kind", "value") `);
        // Expression index, declared on Figure with synchronize: false; matches figureConditions' to_tsvector('english', f.context).
        await queryRunner.query(`CREATE INDEX "figure_context_search_idx" ON "figure" USING gin (to_tsvector('english', "context"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."figure_context_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."figure_kind_value_idx"`);
        await queryRunner.query(`DROP INDEX "public"."figure_kind_published_at_idx"`);
        await queryRunner.query(`ALTER TABLE "figure" DROP COLUMN "kind"`);
        await queryRunner.query(`DROP TYPE "public"."figure_kind"`);
    }

}
