import { createHash, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";

export type KeyScope = "read" | "write";

export interface KeyIdentity {
  name: string;
  scope: KeyScope;
}

/** SHA-256 of a key: what is stored and compared, so a leaked table reveals no key. */
export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new random key, "ng_" + 32 bytes base64url. */
export function generateKey(): string {
  return `ng_${randomBytes(32).toString("base64url")}`;
}

/** Checks bearer keys against API_KEYS (held only as hashes) and the api_key table. */
export class ApiKeyService {
  private readonly configured: Map<string, KeyIdentity>;

  constructor(
    private readonly dataSource: DataSource,
    configuredKeys: string[],
  ) {
    this.configured = new Map(configuredKeys.map((key, i) => [hashKey(key), { name: `API_KEYS[${i}]`, scope: "write" }]));
  }

  /** The key's identity, or null for an unknown or revoked key. */
  async verify(key: string): Promise<KeyIdentity | null> {
    const hash = hashKey(key);
    const configured = this.configured.get(hash);
    if (configured) return configured;
    const rows: Array<{ name: string; scope: KeyScope }> = await this.dataSource.query(
      `SELECT name, scope FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL`,
      [hash],
    );
    return rows[0] ?? null;
  }

  /** Stores a new key's hash and returns the key itself, which is shown once. */
  async create(name: string, scope: KeyScope): Promise<string> {
    const key = generateKey();
    await this.dataSource.query(`INSERT INTO api_key (name, key_hash, scope) VALUES ($1, $2, $3)`, [name, hashKey(key), scope]);
    return key;
  }

  /** Revokes every live key with this name; returns how many. */
  async revoke(name: string): Promise<number> {
    const [, affected] = await this.dataSource.query(`UPDATE api_key SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL`, [name]);
    return affected;
  }

  async count(): Promise<number> {
    const rows: Array<{ n: number }> = await this.dataSource.query(`SELECT count(*)::int AS n FROM api_key WHERE revoked_at IS NULL`);
    return rows[0].n + this.configured.size;
  }
}
