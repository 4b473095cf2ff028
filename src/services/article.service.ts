import type { DataSource } from "typeorm";
import { inTransaction } from "../database/transaction";
import { markEarliestCopy } from "../ingestion/story/story-links";

/** Article writes other than ingestion. */
export class ArticleService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Deletes an article; its quotes, figures and links go with it (ON DELETE CASCADE). In the same transaction its
   * actor pairs are counted down and its story's earliest copy is chosen again.
   */
  async delete(id: string): Promise<boolean> {
    return inTransaction(this.dataSource, async (db) => {
      await db.query(
        `UPDATE actor_co_mention p SET articles = p.articles - 1
         FROM article_actor x JOIN article_actor y ON y.article_id = x.article_id AND y.actor_id <> x.actor_id
         WHERE x.article_id = $1::bigint AND p.actor_id = x.actor_id AND p.other_id = y.actor_id`,
        [id],
      );
      await db.query(
        `DELETE FROM actor_co_mention WHERE articles <= 0 AND actor_id IN (SELECT actor_id FROM article_actor WHERE article_id = $1::bigint)`,
        [id],
      );
      // TypeORM answers a DELETE with [returned rows, affected count].
      const [deleted]: [Array<{ storyId: string | null }>, number] = await db.query(`DELETE FROM article WHERE id = $1::bigint RETURNING story_id::text AS "storyId"`, [id]);
      if (deleted[0]?.storyId) await markEarliestCopy(db, deleted[0].storyId);
      return deleted.length > 0;
    });
  }
}
