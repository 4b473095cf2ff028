import { createHmac, timingSafeEqual } from "node:crypto";
import { badInput } from "../errors";

/** The sort key of one row in one list; the list name stops a quote cursor being used on articles. */
export interface CursorKey {
  list: string;
  values: Array<string | number>;
}

/** Signs and reads opaque paging cursors: base64url(JSON) + "." + truncated HMAC. */
export class CursorCodec {
  constructor(private readonly secret: string) {}

  private sign(payload: string): string {
    return createHmac("sha256", this.secret).update(payload).digest("base64url").slice(0, 22);
  }

  encode(key: CursorKey): string {
    const payload = Buffer.from(JSON.stringify([key.list, ...key.values])).toString("base64url");
    return `${payload}.${this.sign(payload)}`;
  }

  /** Returns the sort values, or throws BAD_USER_INPUT naming `field` for a cursor this server did not issue. */
  decode(cursor: string, list: string, arity: number, field = "after"): Array<string | number> {
    const rejected = () => badInput(field, `not a cursor this server issued for this list; pass an endCursor from a previous page of the same query`);
    const [payload, signature, extra] = cursor.split(".");
    if (!payload || !signature || extra !== undefined) throw rejected();
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw rejected();
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    } catch {
      throw rejected();
    }
    if (!Array.isArray(parsed) || parsed[0] !== list || parsed.length !== arity + 1) throw rejected();
    return parsed.slice(1);
  }
}
