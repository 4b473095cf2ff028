import { MigrationInterface, QueryRunner } from "typeorm";
import { isoCountries } from "../src/domain/countries";
import { IPTC_TOP_LEVEL, topicName, topicSlug } from "../src/domain/iptc-topics";

/** Reference data: every ISO 3166-1 country (from the i18n-iso-countries package) and the IPTC top level. */
export class SeedCountriesAndTopics1795677900000 implements MigrationInterface {
  name = "SeedCountriesAndTopics1795677900000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    const list = isoCountries();
    await queryRunner.query(
      `INSERT INTO "country" ("code", "name") SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT ("code") DO UPDATE SET "name" = EXCLUDED."name"`,
      [list.map((c) => c.code), list.map((c) => c.name)],
    );
    await queryRunner.query(
      `INSERT INTO "topic" ("slug", "code", "name") SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT ("code") DO NOTHING`,
      [IPTC_TOP_LEVEL.map((t) => topicSlug(t.label)), IPTC_TOP_LEVEL.map((t) => t.code), IPTC_TOP_LEVEL.map((t) => topicName(t.label))],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "topic" WHERE "code" = ANY($1)`, [IPTC_TOP_LEVEL.map((t) => t.code)]);
    await queryRunner.query(`DELETE FROM "country"`);
  }
}
