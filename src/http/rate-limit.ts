import type { ServerResponse } from "node:http";
import type { RequestHandler, Response } from "express";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Config } from "../config";
import { ErrorCode } from "../errors";
import type { Logger } from "../logger";
import { bearerFrom } from "../context";
import { hashKey, type KeyIdentity } from "../services/api-key.service";
import type { Services } from "../services";
import { sendError } from "./errors";

export interface RateLimit {
  /** Counts every request against its client address first (RATE_LIMIT_PER_ADDRESS_PER_MINUTE), before any key lookup. */
  byAddress: RequestHandler;
  /** Counts the request against its client's budget (res.locals.rateKey: a verified key or the address) and answers 429 once it is spent. */
  middleware: RequestHandler;
  /** RateLimit-* headers for paths that are not limited (health, metrics …), read without counting. */
  headersOnly: RequestHandler;
  /** Counts one request against `key`'s budget: true while within it (or when the limiter itself fails); sets RateLimit-* on `res`. */
  consume(key: string, res?: ServerResponse): Promise<boolean>;
  close(): Promise<void>;
}

/** The client address the limits use. */
export function clientAddress(req: { ip?: string; socket: { remoteAddress?: string } }): string {
  return req.ip ?? req.socket.remoteAddress ?? "unknown";
}

/**
 * Verifies the bearer key (cached, see ApiKeyService) once the address budget allowed the request: the rate
 * limit then counts per verified key, and an unknown key counts against the client's address.
 */
export function identifyCaller(services: () => Services | null): RequestHandler {
  return async (req, res, next) => {
    const bearer = bearerFrom(req.headers.authorization);
    const ready = services();
    let caller: KeyIdentity | null | undefined;
    if (bearer && ready) caller = await ready.apiKeys.verify(bearer).catch(() => undefined);
    res.locals.caller = caller;
    res.locals.rateKey = caller && bearer ? `key:${hashKey(bearer)}` : `ip:${clientAddress(req)}`;
    next();
  };
}

/** The IETF RateLimit header fields: the budget, what is left of it, seconds until it refills. */
function setHeaders(res: ServerResponse, limit: number, state: { remainingPoints: number; msBeforeNext: number } | null): void {
  if (res.headersSent) return;
  res.setHeader("RateLimit-Limit", String(limit));
  res.setHeader("RateLimit-Remaining", String(Math.max(0, state?.remainingPoints ?? limit)));
  res.setHeader("RateLimit-Reset", String(Math.max(0, Math.ceil((state?.msBeforeNext ?? 0) / 1000))));
}

/**
 * RATE_LIMIT_PER_MINUTE requests per key or client address, after a looser per-address budget that runs
 * before any key is looked up: in process, or shared through Redis when REDIS_URL is set (with the
 * in-process limiter standing in while Redis is unreachable, so an outage of Redis never takes the API down).
 */
export function createRateLimit(config: Config, logger: Logger): RateLimit {
  const pass: RequestHandler = (_req, _res, next) => next();
  if (config.rateLimitPerMinute === 0) return { byAddress: pass, middleware: pass, headersOnly: pass, consume: async () => true, close: async () => undefined };
  const options = { points: config.rateLimitPerMinute, duration: 60, keyPrefix: "newsgraph-rl" };
  const addressOptions = { points: config.rateLimitPerAddressPerMinute, duration: 60, keyPrefix: "newsgraph-rl-address" };
  let redis: Redis | null = null;
  let limiter: RateLimiterAbstract = new RateLimiterMemory(options);
  let addressLimiter: RateLimiterAbstract = new RateLimiterMemory(addressOptions);
  if (config.redisUrl) {
    redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    let warned = false;
    redis.on("error", (error: Error) => {
      if (!warned) logger.warn({ err: error.message }, "Redis unreachable: rate limits are kept in process until it is back");
      warned = true;
    });
    redis.on("ready", () => {
      warned = false;
    });
    limiter = new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
    addressLimiter = new RateLimiterRedis({ ...addressOptions, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(addressOptions) });
  }
  type KeyOf = (req: Parameters<RequestHandler>[0], res: Response) => string;
  const consume = (which: RateLimiterAbstract, points: number, key: KeyOf, headers: boolean, who: string): RequestHandler => async (req, res, next) => {
    try {
      const state = await which.consume(key(req, res));
      if (headers) setHeaders(res, points, state);
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        logger.warn({ err: (rejection as Error)?.message }, "rate limiter failed; letting the request through");
        next();
        return;
      }
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      setHeaders(res, points, rejection);
      res.setHeader("Retry-After", String(retryAfter));
      sendError(res, 429, ErrorCode.RATE_LIMITED, `Too many requests: at most ${points} a minute ${who}; retry in ${retryAfter} s`);
    }
  };
  return {
    byAddress: consume(addressLimiter, config.rateLimitPerAddressPerMinute, (req) => clientAddress(req), false, "per client address"),
    middleware: consume(limiter, config.rateLimitPerMinute, (_req, res) => String(res.locals.rateKey ?? "unknown"), true, "per API key or client address"),
    headersOnly: async (req, res, next) => {
      const state = await limiter.get(`ip:${clientAddress(req)}`).catch(() => null);
      setHeaders(res, config.rateLimitPerMinute, state);
      next();
    },
    consume: (key, res) =>
      limiter.consume(key).then(
        (state) => {
          if (res) setHeaders(res, config.rateLimitPerMinute, state);
          return true;
        },
        (rejection) => !(rejection instanceof RateLimiterRes),
      ),
    close: async () => {
      if (redis) redis.disconnect();
    },
  };
}
