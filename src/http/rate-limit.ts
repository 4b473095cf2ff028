import type { RequestHandler } from "express";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Config } from "../config";
import { ErrorCode } from "../errors";
import type { Logger } from "../logger";
import { sendError } from "./errors";

export interface RateLimit {
  /** Counts the request against its client's budget (res.locals.rateKey) and answers 429 once it is spent. */
  middleware: RequestHandler;
  /** Counts one request against `key`'s budget: true while within it (or when the limiter itself fails). */
  consume(key: string): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * RATE_LIMIT_PER_MINUTE requests per key or client address: in process, or shared through Redis when
 * REDIS_URL is set (with the in-process limiter standing in while Redis is unreachable, so an outage of
 * Redis never takes the API down).
 */
export function createRateLimit(config: Config, logger: Logger): RateLimit {
  if (config.rateLimitPerMinute === 0) return { middleware: (_req, _res, next) => next(), consume: async () => true, close: async () => undefined };
  const options = { points: config.rateLimitPerMinute, duration: 60, keyPrefix: "newsgraph-rl" };
  let redis: Redis | null = null;
  let limiter: RateLimiterAbstract = new RateLimiterMemory(options);
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
  }
  return {
    middleware: async (_req, res, next) => {
      try {
        await limiter.consume(String(res.locals.rateKey ?? "unknown"));
        next();
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) {
          logger.warn({ err: (rejection as Error)?.message }, "rate limiter failed; letting the request through");
          next();
          return;
        }
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        res.setHeader("Retry-After", String(retryAfter));
        sendError(res, 429, ErrorCode.RATE_LIMITED, `Too many requests: at most ${config.rateLimitPerMinute} a minute per API key or client address; retry in ${retryAfter} s`);
      }
    },
    consume: (key) =>
      limiter.consume(key).then(
        () => true,
        (rejection) => !(rejection instanceof RateLimiterRes),
      ),
    close: async () => {
      if (redis) redis.disconnect();
    },
  };
}
