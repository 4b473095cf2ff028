/** A start-up problem told to the user as one line (no stack): what was wrong and what to do. */
export class StartupError extends Error {}

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable URL)";
  }
}

interface PgLikeError {
  code?: string;
  message?: string;
}

/**
 * What is wrong when retrying cannot help (credentials, role, database, privileges, SSL), phrased with the fix;
 * null for a problem that may pass (refused, timed out, host unknown, server starting up).
 */
export function permanentProblem(error: unknown, url: string): string | null {
  const { code, message = String(error) } = (error ?? {}) as PgLikeError;
  const parsed = new URL(url);
  const user = decodeURIComponent(parsed.username) || "(none)";
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
  switch (code) {
    case "28P01":
      return `password authentication failed for user "${user}"; fix the user name or password`;
    case "28000":
      return `${message}; use a role that exists and may log in from this host`;
    case "3D000":
      return `database "${database}" does not exist; create it (createdb "${database}") or fix the name`;
    case "42501":
      return `database "${database}" does not exist and user "${user}" may not create it (${message}); create it first or use a role with CREATEDB`;
  }
  if (/client password must be a string/.test(message)) return `the server asks for a password and the URL has none; put it in the URL (postgres://user:password@host:port/database)`;
  if (/SSL|certificate/i.test(message) && !/ECONNREFUSED|ETIMEDOUT/.test(message)) return `${message}; fix the sslmode in the URL`;
  return null;
}

/** A short phrase for a problem that may pass, for the message once DB_CONNECT_TIMEOUT_MS is spent. */
export function transientProblem(error: unknown, url: string): string {
  const { code, message = String(error) } = (error ?? {}) as PgLikeError;
  const parsed = new URL(url);
  const where = `${parsed.hostname}:${parsed.port || 5432}`;
  if (code === "ECONNREFUSED" || /ECONNREFUSED/.test(message)) return `nothing accepts connections at ${where} (connection refused); check the host and port, and that PostgreSQL runs`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `host "${parsed.hostname}" is not known; check the host name`;
  if (/timeout|ETIMEDOUT/i.test(message)) return `${where} does not answer (connection timed out); check the host, port and firewall`;
  return `${message} (at ${where})`;
}
