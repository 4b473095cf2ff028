import { GraphQLError } from "graphql";
import type { AuthChecker } from "type-graphql";
import type { AppContext } from "../context";
import { ErrorCode } from "../errors";

/** Gate for @Authorized("write"): needs a known, unrevoked key with write rights. */
export const authChecker: AuthChecker<AppContext> = async ({ context }, roles) => {
  if (!context.bearer) {
    throw new GraphQLError("This operation needs an API key: send the header Authorization: Bearer <key>", {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  }
  if (context.caller === undefined) context.caller = await context.services.apiKeys.verify(context.bearer);
  if (!context.caller) {
    throw new GraphQLError("The API key is not valid (unknown or revoked)", { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
  if (roles.includes("write") && context.caller.scope !== "write") {
    throw new GraphQLError("This API key may only read; writes need a key with write rights", { extensions: { code: ErrorCode.FORBIDDEN } });
  }
  return true;
};
