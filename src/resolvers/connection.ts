import type { ClassType } from "type-graphql";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** One page of a list as services return it; totalCount runs its query only when a client asks. */
export interface Page<T> {
  nodes: T[];
  /** The cursor of nodes[index], made (signed) only when a client asks for it. */
  cursor(index: number): string;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  countTotal: () => Promise<number>;
  /** The checked criteria the list matched: what its facets and histogram count over. */
  scope?: unknown;
}

/** Makes the Relay Connection and Edge types for a node type. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection).` })
  class ConnectionType {
    constructor(readonly page: Page<T>) {}

    @Field(() => Int, { description: "How many items match the filter in all; counted only when asked for.", complexity: 0 })
    totalCount(): Promise<number> {
      return this.page.countTotal();
    }

    @Field(() => [Edge])
    edges(): Edge[] {
      return this.page.nodes.map((item, i) => ({ cursor: this.page.cursor(i), node: item }));
    }

    @Field(() => [node])
    nodes(): T[] {
      return this.page.nodes;
    }

    @Field(() => PageInfo)
    pageInfo(): PageInfo {
      const last = this.page.nodes.length - 1;
      return {
        hasNextPage: this.page.hasNextPage,
        hasPreviousPage: this.page.hasPreviousPage,
        startCursor: last >= 0 ? this.page.cursor(0) : null,
        endCursor: last >= 0 ? this.page.cursor(last) : null,
      };
    }
  }
  return ConnectionType;
}
