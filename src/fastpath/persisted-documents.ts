import { createHash } from "node:crypto";
import fs from "node:fs";
import type { RequestHandler } from "express";
import { sendError } from "../http/errors";

/** The error code of a document that is not in the PERSISTED_DOCUMENTS list. */
export const PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

/** Reads PERSISTED_DOCUMENTS: a JSON object of sha256 (hex) -> document; every hash must be its document's. */
export function loadPersistedDocuments(file: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`PERSISTED_DOCUMENTS: cannot read ${file} as JSON (${(error as Error).message})`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error(`PERSISTED_DOCUMENTS: ${file} must hold a JSON object of sha256 -> document`);
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (typeof document !== "string" || createHash("sha256").update(document).digest("hex") !== hash.toLowerCase()) {
      throw new Error(`PERSISTED_DOCUMENTS: the entry ${JSON.stringify(hash)} in ${file} is not the sha256 of its document`);
    }
    documents.set(hash.toLowerCase(), document);
  }
  return documents;
}

function hashFrom(extensions: unknown): string | undefined {
  let value = extensions;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const hash = (value as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
  return typeof hash === "string" ? hash.toLowerCase() : undefined;
}

/**
 * Allow-list mode: only the listed documents run. A POST may send the document or only its hash
 * (extensions.persistedQuery.sha256Hash, as automatic persisted queries do), in which case the document is filled
 * in; a GET must name a listed document. Anything else gets PERSISTED_QUERY_NOT_FOUND (400) before any parsing.
 */
export function persistedDocumentsOnly(documents: Map<string, string>): RequestHandler {
  const refuse = (res: Parameters<RequestHandler>[1]) =>
    sendError(res, 400, PERSISTED_QUERY_NOT_FOUND, "This server runs only its persisted documents (PERSISTED_DOCUMENTS); send one of them or its sha256 in extensions.persistedQuery.sha256Hash");
  return (req, res, next) => {
    if (req.method === "OPTIONS") return next();
    const source = (req.method === "GET" ? req.query : req.body) as Record<string, unknown> | undefined;
    if (!source || typeof source !== "object" || Array.isArray(source)) return next();
    const query = source.query;
    if (typeof query === "string") {
      if (!documents.has(createHash("sha256").update(query).digest("hex"))) return refuse(res);
      return next();
    }
    const hash = hashFrom(source.extensions);
    const document = hash === undefined ? undefined : documents.get(hash);
    if (document === undefined || req.method === "GET") return refuse(res);
    source.query = document;
    next();
  };
}
