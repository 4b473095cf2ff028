import { createHash, randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
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

/** Checks bearer keys against API_KEYS (held only as hashes) and the api_key table, caching answers briefly. */
export class ApiKeyService {
  private readonly configured: Map<string, KeyIdentity>;
  /** hash -> identity, or "unknown" for a key the table does not hold; entries live cacheTtlMs. */
  private readonly cache: LRUCache<string, KeyIdentity | "unknown"> | null;

  constructor(
    private readonly dataSource: DataSource,
    configuredKeys: string[],
    cacheTtlMs = 30_000,
  ) {
    this.configured = new Map(configuredKeys.map((key, i) => [hashKey(key), { name: `API_KEYS[${i}]`, scope: "write" }]));
    this.cache = cacheTtlMs > 0 ? new LRUCache({ max: 10_000, ttl: cacheTtlMs }) : null;
  }

  /** The key's identity, or null for an unknown or revoked key. */
  async verify(key: string): Promise<KeyIdentity | null> {
    const hash = hashKey(key);
    const configured = this.configured.get(hash);
    if (configured) return configured;
    const cached = this.cache?.get(hash);
    if (cached) return cached === "unknown" ? null : cached;
    const rows: Array<{ name: string; scope: KeyScope }> = await this.dataSource.query(
      `SELECT name, scope FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL`,
      [hash],
    );
    const identity = rows[0] ? { name: rows[0].name, scope: rows[0].scope } : null;
    this.cache?.set(hash, identity ?? "unknown");
    return identity;
  }

  /** Stores a new key's hash and returns the key itself, which is shown once. */
  async create(name: string, scope: KeyScope): Promise<string> {
    const key = generateKey();
    await this.dataSource.query(`INSERT INTO api_key (name, key_hash, scope) VALUES ($1, $2, $3)`, [name, hashKey(key), scope]);
    this.cache?.delete(hashKey(key));
    return key;
  }

  /** Revokes every live key with this name; returns how many. */
  async revoke(name: string): Promise<number> {
    const [, affected] = await this.dataSource.query(`UPDATE api_key SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL`, [name]);
    // Revoked here: forget it at once (other servers forget it within KEY_CACHE_TTL_MS).
    for (const [hash, identity] of this.cache?.entries() ?? []) if (identity !== "unknown" && identity.name === name) this.cache!.delete(hash);
    return affected;
  }

  async count(): Promise<number> {
    const rows: Array<{ n: number }> = await this.dataSource.query(`SELECT count(*)::int AS n FROM api_key WHERE revoked_at IS NULL`);
    return rows[0].n + this.configured.size;
  }
}
