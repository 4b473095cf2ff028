import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A stored API key: only its SHA-256 is kept, never the key itself. */
@Entity({ name: "api_key" })
export class ApiKey {
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "text" })
  name: string;

  @Index("api_key_hash_key", { unique: true })
  @Column({ name: "key_hash", type: "char", length: 64 })
  keyHash: string;

  /** "read" or "write"; write implies read. */
  @Column({ type: "text", default: "write" })
  scope: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
