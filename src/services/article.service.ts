import type { DataSource } from "typeorm";

/** Article writes other than ingestion. */
export class ArticleService {
  constructor(private readonly dataSource: DataSource) {}

  /** Deletes an article; its quotes, figures and links go with it (ON DELETE CASCADE). */
  async delete(id: string): Promise<boolean> {
    const [, affected] = await this.dataSource.query(`DELETE FROM article WHERE id = $1::bigint`, [id]);
    return affected > 0;
  }
}
