import { GraphQLError } from "graphql";
import PgBoss from "pg-boss";
import type { DataSource, EntityManager } from "typeorm";
import type { Config } from "../config";
import { urlOf } from "../database/data-source";
import { inTransaction } from "../database/transaction";
import { badInput, ErrorCode } from "../errors";
import { checkIngestInput, type IngestService } from "../ingestion/ingest.service";
import type { Logger } from "../logger";

/** The pg-boss queue the jobs go to: one job per queued input. */
export const INGEST_QUEUE = "ingest-article";
/** Most inputs one enqueueArticles call takes (API.md). */
export const MAX_BATCH_INPUTS = 1_000;
/** Jobs one worker takes at a time; a killed worker leaves at most these to be retried. */
const JOBS_PER_FETCH = 5;
/** How often an idle worker looks for work queued by another process. */
const IDLE_POLL_MS = 500;
/** Tries of an input that keeps failing for reasons other than its content, before it is recorded as failed. */
const RETRY_LIMIT = 10;

export interface QueuedInput {
  raw: string;
  url?: string | null;
  fetchedAt?: Date | null;
}

export interface BatchStatus {
  id: string;
  total: number;
  done: number;
  created: number;
  failed: number;
  pending: number;
  errors: Array<{ index: number; code: string; message: string }>;
}

interface JobData {
  batchId: string;
  position: number;
}

type ItemState = "created" | "duplicate" | "failed";

/**
 * The durable ingest queue: a batch and its inputs are stored in PostgreSQL with one pg-boss job per input, in one
 * transaction. Workers (in any process that reaches the database) run IngestService.ingest as ingestArticle
 * does and record each outcome in the article's own transaction, so a job retried after its worker died finds
 * its input done and every input is ingested exactly once.
 */
export class IngestQueue {
  private boss: Promise<PgBoss> | null = null;
  private readonly loops: Array<Promise<void>> = [];
  private stopping = false;
  private wake: Array<() => void> = [];

  constructor(
    private readonly config: Config,
    private readonly dataSource: DataSource,
    private readonly ingest: IngestService,
    private readonly logger: Logger,
  ) {}

  /** pg-boss, started (its schema installed or migrated) on first use. */
  private started(): Promise<PgBoss> {
    this.boss ??= (async () => {
      const timeout = this.config.ingestJobTimeoutSeconds;
      const boss = new PgBoss({
        connectionString: urlOf(this.dataSource),
        application_name: "newsgraph-queue",
        max: 2 + this.config.ingestWorkers,
        expireInSeconds: timeout,
        retryLimit: RETRY_LIMIT,
        retryDelay: 1,
        // Expired jobs (a worker killed mid-job) are found by this maintenance pass.
        maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.ceil(timeout / 2))),
        schedule: false,
      });
      boss.on("error", (error) => this.logger.warn({ err: error.message }, "ingest queue: pg-boss reported an error"));
      await boss.start();
      await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: RETRY_LIMIT, retryDelay: 1, expireInSeconds: timeout });
      return boss;
    })();
    this.boss.catch(() => (this.boss = null)); // a failed start is tried again by the next caller
    return this.boss;
  }

  /** Stores the inputs as one batch with a job each (one transaction) and returns the batch id. Checks every input first. */
  async enqueue(inputs: QueuedInput[], enqueuedBy: string | null): Promise<string> {
    if (inputs.length === 0 || inputs.length > MAX_BATCH_INPUTS) {
      throw badInput("inputs", `must hold 1 to ${MAX_BATCH_INPUTS} articles, got ${inputs.length}`);
    }
    const checked = inputs.map((input, i) => ({ raw: input.raw, ...checkIngestInput(input, this.config.maxRawBytes, `inputs[${i}]`) }));
    const boss = await this.started();
    const id = await inTransaction(this.dataSource, async (db) => {
      const [batch]: Array<{ id: string }> = await db.query(`INSERT INTO ingest_batch (total, enqueued_by) VALUES ($1, $2) RETURNING id::text AS id`, [checked.length, enqueuedBy]);
      await db.query(
        `INSERT INTO ingest_batch_item (batch_id, position, raw, url, fetched_at)
         SELECT $1, t.n - 1, t.raw, t.url, t.fetched_at FROM unnest($2::text[], $3::text[], $4::timestamptz[]) WITH ORDINALITY AS t(raw, url, fetched_at, n)`,
        [batch.id, checked.map((c) => c.raw), checked.map((c) => c.url), checked.map((c) => c.fetchedAt?.toISOString() ?? null)],
      );
      const jobs = checked.map((_, position) => ({ name: INGEST_QUEUE, data: { batchId: batch.id, position } satisfies JobData }));
      await boss.insert(jobs, { db: { executeSql: async (text, values) => ({ rows: await db.query(text, values) }) } });
      return batch.id;
    });
    for (const wake of this.wake.splice(0)) wake();
    return id;
  }

  /** Progress of a batch, or null when there is none with this id. */
  async status(id: string): Promise<BatchStatus | null> {
    const rows: Array<Omit<BatchStatus, "errors" | "pending">> = await this.dataSource.query(
      `SELECT b.id::text AS id, b.total,
              count(*) FILTER (WHERE i.state <> 'pending')::int AS done,
              count(*) FILTER (WHERE i.state = 'created')::int AS created,
              count(*) FILTER (WHERE i.state = 'failed')::int AS failed
       FROM ingest_batch b JOIN ingest_batch_item i ON i.batch_id = b.id WHERE b.id = $1::bigint GROUP BY b.id`,
      [id],
    );
    if (!rows.length) return null;
    const errors: BatchStatus["errors"] = await this.dataSource.query(
      `SELECT position AS index, error_code AS code, error_message AS message FROM ingest_batch_item
       WHERE batch_id = $1::bigint AND state = 'failed' ORDER BY position`,
      [id],
    );
    return { ...rows[0], pending: rows[0].total - rows[0].done, errors };
  }

  /** Starts `count` worker loops in this process (each ingests one input at a time). */
  async startWorkers(count: number): Promise<void> {
    if (count <= 0) return;
    const boss = await this.started();
    for (let i = 0; i < count; i++) this.loops.push(this.work(boss));
    this.logger.info({ workers: count }, "ingest queue workers started");
  }

  private async work(boss: PgBoss): Promise<void> {
    while (!this.stopping) {
      const jobs = await boss.fetch<JobData>(INGEST_QUEUE, { batchSize: JOBS_PER_FETCH, includeMetadata: true }).catch(() => []);
      if (!jobs.length) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, IDLE_POLL_MS);
          function done() {
            clearTimeout(timer);
            resolve();
          }
          this.wake.push(done);
        });
        continue;
      }
      // A fetched job is finished even while stopping: it is at most JOBS_PER_FETCH short ingests.
      for (const job of jobs) {
        try {
          await this.run(job);
          await boss.complete(INGEST_QUEUE, job.id);
        } catch (error) {
          this.logger.warn({ err: (error as Error).message, job: job.data }, "ingest queue: job failed; it will be retried");
          await boss.fail(INGEST_QUEUE, job.id, { message: (error as Error).message }).catch(() => undefined);
        }
      }
    }
  }

  /** Ingests one queued input unless an earlier try already did; bad input is recorded, other failures retried. */
  private async run(job: PgBoss.JobWithMetadata<JobData>): Promise<void> {
    const { batchId, position } = job.data;
    const [item]: Array<{ raw: string | null; url: string | null; fetchedAt: Date | null; state: string }> = await this.dataSource.query(
      `SELECT raw, url, fetched_at AS "fetchedAt", state FROM ingest_batch_item WHERE batch_id = $1::bigint AND position = $2`,
      [batchId, position],
    );
    if (!item || item.state !== "pending" || item.raw === null) return;
    try {
      await this.ingest.ingest({ raw: item.raw, url: item.url, fetchedAt: item.fetchedAt }, this.config.maxRawBytes, (db, result) =>
        this.record(db, job.data, result.created ? "created" : "duplicate", { articleId: result.article.id }),
      );
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : null;
      if (code === ErrorCode.BAD_USER_INPUT) {
        await this.record(this.dataSource.manager, job.data, "failed", { code, message: error instanceof Error ? error.message : String(error) });
        return;
      }
      if (job.retryCount >= job.retryLimit) {
        this.logger.error({ err: error, job: job.data }, "ingest queue: input failed on every try");
        await this.record(this.dataSource.manager, job.data, "failed", { code: ErrorCode.INTERNAL_SERVER_ERROR, message: `ingest failed on each of ${job.retryCount + 1} tries` });
        return;
      }
      throw error;
    }
  }

  /** Writes an input's outcome once: a later try of the same job finds it no longer pending and changes nothing. */
  private async record(db: EntityManager, { batchId, position }: JobData, state: ItemState, outcome: { articleId?: string; code?: string; message?: string }): Promise<void> {
    await db.query(
      `UPDATE ingest_batch_item SET state = $3, article_id = $4, error_code = $5, error_message = $6, raw = NULL, finished_at = now()
       WHERE batch_id = $1::bigint AND position = $2 AND state = 'pending'`,
      [batchId, position, state, outcome.articleId ?? null, outcome.code ?? null, outcome.message ?? null],
    );
  }

  /** Lets the workers finish the jobs they hold, then stops pg-boss. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const wake of this.wake.splice(0)) wake();
    await Promise.all(this.loops.splice(0));
    const boss = await this.boss?.catch(() => null);
    this.boss = null;
    await boss?.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
  }
}
