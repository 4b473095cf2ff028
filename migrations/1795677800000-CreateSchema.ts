import { MigrationInterface, QueryRunner } from "typeorm";

/** Tables, keys and indexes generated from src/entities; typeorm_metadata rows name the current database, whatever it is called. */

export class CreateSchema1795677800000 implements MigrationInterface {
    name = 'CreateSchema1795677800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "country" ("code" character(2) NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_8ff4c23dc9a3f3856555bd86186" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE TYPE "public"."actor_kind" AS ENUM('PERSON', 'ORGANIZATION')`);
        await queryRunner.query(`CREATE TABLE "actor" ("id" BIGSERIAL NOT NULL, "name" text NOT NULL, "normalized_name" text NOT NULL, "identity" text NOT NULL, "kind" "public"."actor_kind" NOT NULL, "title" text, "country_code" character(2), "aliases" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_05b325494fcc996a44ae6928e5e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "actor_identity_key" ON "actor"  ("identity") `);
        await queryRunner.query(`CREATE INDEX "actor_country_name_idx" ON "actor"  ("country_code", "name", "id") `);
        await queryRunner.query(`CREATE INDEX "actor_name_id_idx" ON "actor"  ("name", "id") `);
        await queryRunner.query(`CREATE TABLE "api_key" ("id" SERIAL NOT NULL, "name" text NOT NULL, "key_hash" character(64) NOT NULL, "scope" text NOT NULL DEFAULT 'write', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "api_key_hash_key" ON "api_key"  ("key_hash") `);
        // TypeORM creates this table itself only while an entity has a generated column; since AddBoundedSearchVector none has.
        await queryRunner.query(`CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`);
        await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`, ["public","article","GENERATED_COLUMN","search_vector","setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')"]);
        await queryRunner.query(`CREATE TABLE "article" ("id" BIGSERIAL NOT NULL, "title" text NOT NULL, "url" text, "source" text NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "fetched_at" TIMESTAMP WITH TIME ZONE NOT NULL, "body" text NOT NULL, "content_hash" character(64) NOT NULL, "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_40808690eb7b915046558c0f81b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "article_url_key" ON "article"  ("url") WHERE url IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "article_content_hash_key" ON "article"  ("content_hash") `);
        await queryRunner.query(`CREATE INDEX "article_search_idx" ON "article" USING gin ("search_vector") `);
        await queryRunner.query(`CREATE INDEX "article_source_published_at_idx" ON "article"  ("source", "published_at", "id") `);
        await queryRunner.query(`CREATE INDEX "article_published_at_id_idx" ON "article"  ("published_at", "id") `);
        await queryRunner.query(`CREATE TABLE "topic" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "parent_id" integer, CONSTRAINT "PK_33aa4ecb4e4f20aa0157ea7ef61" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "topic_slug_key" ON "topic"  ("slug") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "topic_code_key" ON "topic"  ("code") `);
        await queryRunner.query(`CREATE INDEX "topic_parent_idx" ON "topic"  ("parent_id") `);
        await queryRunner.query(`CREATE TABLE "article_country" ("article_id" bigint NOT NULL, "country_code" character(2) NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_77ceb3d123510e5359f7b18a662" PRIMARY KEY ("article_id", "country_code"))`);
        await queryRunner.query(`CREATE INDEX "article_country_country_idx" ON "article_country"  ("country_code", "published_at", "article_id") `);
        await queryRunner.query(`CREATE TABLE "article_topic" ("article_id" bigint NOT NULL, "topic_id" integer NOT NULL, "rank" smallint NOT NULL DEFAULT '0', "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_dcdd34532fab66c4b8e75a6ed75" PRIMARY KEY ("article_id", "topic_id"))`);
        await queryRunner.query(`CREATE INDEX "article_topic_topic_idx" ON "article_topic"  ("topic_id", "published_at", "article_id") `);
        await queryRunner.query(`CREATE TABLE "article_actor" ("article_id" bigint NOT NULL, "actor_id" bigint NOT NULL, "mentions" integer NOT NULL DEFAULT '1', "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b961526b1dc2eda97d00ecf63e7" PRIMARY KEY ("article_id", "actor_id"))`);
        await queryRunner.query(`CREATE INDEX "article_actor_actor_idx" ON "article_actor"  ("actor_id", "published_at", "article_id") `);
        await queryRunner.query(`CREATE TABLE "figure" ("id" BIGSERIAL NOT NULL, "value" numeric NOT NULL, "unit" text NOT NULL, "text" text NOT NULL, "context" text NOT NULL, "article_id" bigint NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "start_offset" integer NOT NULL, "end_offset" integer NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_9b7e19001257bb3db43958e59da" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "figure_unit_value_idx" ON "figure"  ("unit", "value") `);
        await queryRunner.query(`CREATE INDEX "figure_article_position_idx" ON "figure"  ("article_id", "position") `);
        await queryRunner.query(`CREATE INDEX "figure_published_at_id_idx" ON "figure"  ("published_at", "id") `);
        await queryRunner.query(`CREATE TABLE "quote" ("id" BIGSERIAL NOT NULL, "text" text NOT NULL, "article_id" bigint NOT NULL, "speaker_id" bigint, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "start_offset" integer NOT NULL, "end_offset" integer NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_b772d4cb09e587c8c72a78d2439" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "quote_speaker_published_at_idx" ON "quote"  ("speaker_id", "published_at", "id") `);
        await queryRunner.query(`CREATE INDEX "quote_article_position_idx" ON "quote"  ("article_id", "position") `);
        await queryRunner.query(`CREATE INDEX "quote_published_at_id_idx" ON "quote"  ("published_at", "id") `);
        await queryRunner.query(`ALTER TABLE "actor" ADD CONSTRAINT "FK_2ab982518be38a9d1570b7a7e85" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "topic" ADD CONSTRAINT "FK_40d1ab0ce240d3e8183ca56705f" FOREIGN KEY ("parent_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "article_country" ADD CONSTRAINT "FK_9c577fd9c033b0e0279dfe0fb7a" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "article_country" ADD CONSTRAINT "FK_afc0509f5778ab69076abf016e0" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "article_topic" ADD CONSTRAINT "FK_093ce6f5cf80a76ecd65e3aaaff" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "article_topic" ADD CONSTRAINT "FK_e2cfcf1a64c63dfdd953a7a5757" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "article_actor" ADD CONSTRAINT "FK_2adc89cb137870105af673d9c40" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "article_actor" ADD CONSTRAINT "FK_998ad86f3e30e87bd5d1a8f4e04" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "figure" ADD CONSTRAINT "FK_2532533a27f32b77eff5ab7216e" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "quote" ADD CONSTRAINT "FK_7d4a2b7e294303e62000544b1ea" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "quote" ADD CONSTRAINT "FK_79c718689e7690605396872c7be" FOREIGN KEY ("speaker_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "quote" DROP CONSTRAINT "FK_79c718689e7690605396872c7be"`);
        await queryRunner.query(`ALTER TABLE "quote" DROP CONSTRAINT "FK_7d4a2b7e294303e62000544b1ea"`);
        await queryRunner.query(`ALTER TABLE "figure" DROP CONSTRAINT "FK_2532533a27f32b77eff5ab7216e"`);
        await queryRunner.query(`ALTER TABLE "article_actor" DROP CONSTRAINT "FK_998ad86f3e30e87bd5d1a8f4e04"`);
        await queryRunner.query(`ALTER TABLE "article_actor" DROP CONSTRAINT "FK_2adc89cb137870105af673d9c40"`);
        await queryRunner.query(`ALTER TABLE "article_topic" DROP CONSTRAINT "FK_e2cfcf1a64c63dfdd953a7a5757"`);
        await queryRunner.query(`ALTER TABLE "article_topic" DROP CONSTRAINT "FK_093ce6f5cf80a76ecd65e3aaaff"`);
        await queryRunner.query(`ALTER TABLE "article_country" DROP CONSTRAINT "FK_afc0509f5778ab69076abf016e0"`);
        await queryRunner.query(`ALTER TABLE "article_country" DROP CONSTRAINT "FK_9c577fd9c033b0e0279dfe0fb7a"`);
        await queryRunner.query(`ALTER TABLE "topic" DROP CONSTRAINT "FK_40d1ab0ce240d3e8183ca56705f"`);
        await queryRunner.query(`ALTER TABLE "actor" DROP CONSTRAINT "FK_2ab982518be38a9d1570b7a7e85"`);
        await queryRunner.query(`DROP INDEX "public"."quote_published_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."quote_article_position_idx"`);
        await queryRunner.query(`DROP INDEX "public"."quote_speaker_published_at_idx"`);
        await queryRunner.query(`DROP TABLE "quote"`);
        await queryRunner.query(`DROP INDEX "public"."figure_published_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."figure_article_position_idx"`);
        await queryRunner.query(`DROP INDEX "public"."figure_unit_value_idx"`);
        await queryRunner.query(`DROP TABLE "figure"`);
        await queryRunner.query(`DROP INDEX "public"."article_actor_actor_idx"`);
        await queryRunner.query(`DROP TABLE "article_actor"`);
        await queryRunner.query(`DROP INDEX "public"."article_topic_topic_idx"`);
        await queryRunner.query(`DROP TABLE "article_topic"`);
        await queryRunner.query(`DROP INDEX "public"."article_country_country_idx"`);
        await queryRunner.query(`DROP TABLE "article_country"`);
        await queryRunner.query(`DROP INDEX "public"."topic_parent_idx"`);
        await queryRunner.query(`DROP INDEX "public"."topic_code_key"`);
        await queryRunner.query(`DROP INDEX "public"."topic_slug_key"`);
        await queryRunner.query(`DROP TABLE "topic"`);
        await queryRunner.query(`DROP INDEX "public"."article_published_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."article_source_published_at_idx"`);
        await queryRunner.query(`DROP INDEX "public"."article_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."article_content_hash_key"`);
        await queryRunner.query(`DROP INDEX "public"."article_url_key"`);
        await queryRunner.query(`DROP TABLE "article"`);
        await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`, ["GENERATED_COLUMN","search_vector","public","article"]);
        await queryRunner.query(`DROP INDEX "public"."api_key_hash_key"`);
        await queryRunner.query(`DROP TABLE "api_key"`);
        await queryRunner.query(`DROP INDEX "public"."actor_name_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."actor_country_name_idx"`);
        await queryRunner.query(`DROP INDEX "public"."actor_identity_key"`);
        await queryRunner.query(`DROP TABLE "actor"`);
        await queryRunner.query(`DROP TYPE "public"."actor_kind"`);
        await queryRunner.query(`DROP TABLE "country"`);
    }

}
