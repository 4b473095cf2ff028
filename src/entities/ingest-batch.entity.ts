import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

/** One enqueueArticles call: its inputs wait in ingest_batch_item until a queue worker has ingested each. */
@Entity({ name: "ingest_batch" })
export class IngestBatchRow {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Column({ type: "int" })
  total: number;

  /** The API key's name that enqueued it. */
  @Column({ name: "enqueued_by", type: "text", nullable: true })
  enqueuedBy: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

/** One queued input and, once a worker has run it, its outcome (written in the same transaction as the article). */
@Entity({ name: "ingest_batch_item" })
export class IngestBatchItem {
  @PrimaryColumn({ name: "batch_id", type: "bigint" })
  batchId: string;

  /** Index of the input in the enqueueArticles call. */
  @PrimaryColumn({ type: "int" })
  position: number;

  @ManyToOne(() => IngestBatchRow, { onDelete: "CASCADE" })
  @JoinColumn({ name: "batch_id" })
  batch?: IngestBatchRow;

  /** The input as sent; cleared once the item is done. */
  @Column({ type: "text", nullable: true })
  raw: string | null;

  @Column({ type: "text", nullable: true })
  url: string | null;

  @Column({ name: "fetched_at", type: "timestamptz", nullable: true })
  fetchedAt: Date | null;

  /** pending, created, duplicate or failed. */
  @Column({ type: "text", default: "pending" })
  state: string;

  /** The article stored or found (no foreign key: deleting the article later keeps the batch's record). */
  @Column({ name: "article_id", type: "bigint", nullable: true })
  articleId: string | null;

  @Column({ name: "error_code", type: "text", nullable: true })
  errorCode: string | null;

  @Column({ name: "error_message", type: "text", nullable: true })
  errorMessage: string | null;

  @Column({ name: "finished_at", type: "timestamptz", nullable: true })
  finishedAt: Date | null;
}
