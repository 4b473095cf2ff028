import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";

/** What the process that started an embedded PostgreSQL records beside its data folder. */
export interface OwnerRecord {
  pid: number;
  port: number;
  adminUrl: string;
  startedAt: string;
  /** "server" (npm start) or "cli" (ingest, keys, seed…). */
  kind: "server" | "cli";
  /** The command line, so a refusal can say what holds the folder. */
  command: string;
  /** The server's GraphQL URL, once it listens. */
  url?: string;
}

/** The owner file of an embedded data folder: `<folder>.owner.json` beside it (initdb empties the folder itself). */
export function ownerFile(databaseDir: string): string {
  return path.join(path.dirname(path.resolve(databaseDir)), `${path.basename(databaseDir)}.owner.json`);
}

/** Running and not a zombie (in a container nothing may reap an exited orphan). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/** The owner file's record, or null when there is none or it cannot be read. */
export function readOwner(databaseDir: string): OwnerRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(ownerFile(databaseDir), "utf8")) as OwnerRecord;
    return Number.isInteger(record.pid) && Number.isInteger(record.port) && typeof record.adminUrl === "string" ? record : null;
  } catch {
    return null;
  }
}

/** The live owner of the folder other than this process, or null (no file, or its process is gone). */
export function liveOwner(databaseDir: string): OwnerRecord | null {
  const record = readOwner(databaseDir);
  return record && record.pid !== process.pid && processAlive(record.pid) ? record : null;
}

/** Writes the record only if no file exists (the claim); false when another process claimed first. */
export function claimOwner(databaseDir: string, record: OwnerRecord): boolean {
  const file = ownerFile(databaseDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`, { flag: "wx", mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Rewrites this process's record (e.g. to add the server's URL); does nothing if another process owns the file. */
export function updateOwner(databaseDir: string, change: Partial<OwnerRecord>): void {
  const record = readOwner(databaseDir);
  if (!record || record.pid !== process.pid) return;
  const file = ownerFile(databaseDir);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify({ ...record, ...change }, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
}

/** Removes the owner file if this process holds it. */
export function releaseOwner(databaseDir: string): void {
  if (readOwner(databaseDir)?.pid === process.pid) fs.rmSync(ownerFile(databaseDir), { force: true });
}

/** Removes an owner file whose process has ended (a crash), so a new start may claim the folder. */
export function removeStaleOwner(databaseDir: string): void {
  const record = readOwner(databaseDir);
  const file = ownerFile(databaseDir);
  if (record ? !processAlive(record.pid) : fs.existsSync(file)) fs.rmSync(file, { force: true });
}

/** True when PostgreSQL at adminUrl accepts a connection and answers a query within timeoutMs. */
export async function databaseAnswers(adminUrl: string, timeoutMs = 2_000): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** One line naming the process that holds the folder, for refusals and notices. */
export function describeOwner(record: OwnerRecord): string {
  const what = record.kind === "server" ? `a Newsgraph server (pid ${record.pid}${record.url ? `, ${record.url}` : ""})` : `"${record.command}" (pid ${record.pid})`;
  return `${what}, database on port ${record.port}, since ${record.startedAt}`;
}
