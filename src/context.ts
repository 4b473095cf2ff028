import { Loaders } from "./loaders";
import type { Metrics } from "./metrics";
import type { KeyIdentity } from "./services/api-key.service";
import type { Services } from "./services";

/** What every resolver receives: shared services, this request's loaders and its caller. */
export interface AppContext {
  services: Services;
  loaders: Loaders;
  /** The bearer key as sent, checked lazily by the auth checker (reads never pay for it). */
  bearer: string | null;
  /** The verified caller: undefined until checked, null for an unknown or revoked key. */
  caller?: KeyIdentity | null;
  requestId: string;
  /** The server's metrics; absent when an operation runs outside the HTTP server. */
  metrics?: Metrics;
}

/** A fresh context for one request: new DataLoaders, so no data is cached across requests. */
export function createContext(
  services: Services,
  bearer: string | null,
  requestId: string,
  extras: { caller?: KeyIdentity | null; metrics?: Metrics } = {},
): AppContext {
  return {
    services,
    loaders: new Loaders(services.relations, services.reference, services.cursors),
    bearer,
    requestId,
    ...extras,
  };
}

/** The key from "Authorization: Bearer <key>", or null. */
export function bearerFrom(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1] : null;
}
