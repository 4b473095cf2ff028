import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * ng_json_float(float8): the JSON text JavaScript's JSON.stringify gives for the same double, so the fast path can
 * send Float fields formatted by PostgreSQL (float8out switches to exponents at 1e15 and 1e-5, JavaScript at
 * 1e21 and 1e-7; both print the shortest digits that round-trip). Non-finite values raise, as graphql-js does.
 */
export class AddJsonFloat1796400000000 implements MigrationInterface {
    name = 'AddJsonFloat1796400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE FUNCTION ng_json_float(v float8) RETURNS json LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  t text := v::text;
  neg boolean;
  m text;
  digits text;
  k int;
  n int;
  out text;
BEGIN
  IF v = 'NaN'::float8 OR v = 'Infinity'::float8 OR v = '-Infinity'::float8 THEN
    RAISE EXCEPTION 'Float cannot represent a non-finite value: %', t;
  END IF;
  IF v = 0 THEN
    RETURN '0'::json;
  END IF;
  IF position('e' IN t) = 0 THEN
    RETURN t::json;
  END IF;
  neg := left(t, 1) = '-';
  m := split_part(t, 'e', 1);
  IF neg THEN
    m := substr(m, 2);
  END IF;
  digits := replace(m, '.', '');
  k := length(digits);
  n := split_part(t, 'e', 2)::int + 1;
  IF n > 21 OR n <= -6 THEN
    out := left(digits, 1) || CASE WHEN k > 1 THEN '.' || substr(digits, 2) ELSE '' END
      || 'e' || CASE WHEN n - 1 >= 0 THEN '+' ELSE '-' END || abs(n - 1)::text;
  ELSIF n >= k THEN
    out := digits || repeat('0', n - k);
  ELSIF n > 0 THEN
    out := left(digits, n) || '.' || substr(digits, n + 1);
  ELSE
    out := '0.' || repeat('0', -n) || digits;
  END IF;
  RETURN (CASE WHEN neg THEN '-' ELSE '' END || out)::json;
END
$$`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION ng_json_float(float8)`);
    }

}
