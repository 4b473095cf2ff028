import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { type Config, loadConfig } from "../config";
import { openDatabase } from "../database/connect";
import { ApiKey } from "../entities";
import { createLogger } from "../logger";
import { ApiKeyService, hashKey, type KeyScope } from "../services/api-key.service";

const USAGE = `usage:
  npm run keys -- create <name> [--scope read|write]   make a key (default scope: write) and print it once
  npm run keys -- revoke <name>                         revoke every live key with that name
  npm run keys -- list                                  every usable key: where it comes from, scope, dates (never the key)`;

/** What the command line asks for, checked before the database is opened. */
export type KeysCommand = { action: "create"; name: string; scope: KeyScope } | { action: "revoke"; name: string } | { action: "list" };

/** Reads `create <name> [--scope read|write]`, `revoke <name>` or `list`; throws with the usage on anything else. */
export function parseKeysArgs(argv: string[]): KeysCommand {
  const args = argv.filter((a) => a !== "--");
  const [action, ...rest] = args;
  const fail = (why: string): never => {
    throw new Error(`${why}\n${USAGE}`);
  };
  if (action === "list" && rest.length === 0) return { action };
  if (action !== "create" && action !== "revoke") fail(action ? `unknown command "${action}"` : "no command given");
  let scope: KeyScope = "write";
  const names: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const inline = /^--scope=(.*)$/.exec(arg);
    if (action === "create" && (arg === "--scope" || inline)) {
      const value = inline ? inline[1] : rest[++i];
      if (value !== "read" && value !== "write") fail(`--scope must be read or write, got "${value ?? ""}"`);
      scope = value as KeyScope;
    } else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
    else names.push(arg);
  }
  if (names.length !== 1) fail("give exactly one key name");
  const name = names[0];
  if (!/^[\w.@:-]{1,100}$/.test(name)) fail(`a key name is 1-100 letters, digits or . _ - @ :, got "${name}"`);
  return action === "create" ? { action, name, scope } : { action: "revoke", name };
}

/** A key's SHA-256 prefix: tells keys apart without revealing them. */
const fingerprint = (key: string) => `sha256:${hashKey(key).slice(0, 12)}`;

/**
 * One line per key, tab-separated: name, scope, where it comes from (API_KEYS, the key file npm start generates,
 * or the database), and its fingerprint or dates. API_KEYS and the key file are as this command's environment sees them.
 */
export function listKeys(config: Config, stored: ApiKey[]): string {
  const lines = config.apiKeys.map((key, i) => `API_KEYS[${i}]\twrite\tfrom API_KEYS\t${fingerprint(key)}`);
  const file = path.join(config.dataDir, "api-key");
  if (fs.existsSync(file)) {
    const key = fs.readFileSync(file, "utf8").trim();
    const use = config.apiKeys.length ? "not used while API_KEYS is set" : "used by npm start while API_KEYS is empty";
    lines.push(`generated\twrite\tfrom ${file} (${use})\t${fingerprint(key)}`);
  }
  for (const row of stored) {
    lines.push(`${row.name}\t${row.scope}\tstored in the database\tcreated ${row.createdAt.toISOString()}\t${row.revokedAt ? `revoked ${row.revokedAt.toISOString()}` : "live"}`);
  }
  if (!stored.length) lines.push("(no keys stored in the database: npm run keys -- create NAME)");
  return `${lines.join("\n")}\n`;
}

async function main(): Promise<void> {
  let command: KeysCommand;
  try {
    command = parseKeysArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const config = loadConfig();
  const database = await openDatabase(config, createLogger(process.env.LOG_LEVEL || "warn"), { timeoutMs: 10_000 });
  try {
    const keys = new ApiKeyService(database.dataSource, []);
    if (command.action === "create") {
      const key = await keys.create(command.name, command.scope);
      process.stderr.write(`created ${command.scope} key "${command.name}"; it is shown once, only its hash is stored:\n`);
      process.stdout.write(`${key}\n`);
    } else if (command.action === "revoke") {
      const revoked = await keys.revoke(command.name);
      process.stdout.write(revoked ? `revoked ${revoked} key(s) named "${command.name}"\n` : `no live key named "${command.name}"\n`);
      if (!revoked) process.exitCode = 1;
    } else {
      process.stdout.write(listKeys(config, await database.dataSource.getRepository(ApiKey).find({ order: { createdAt: "ASC", id: "ASC" } })));
    }
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`keys: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
