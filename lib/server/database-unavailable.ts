import 'server-only';

/*
 * Errors that mean "the database cannot answer right now" (stopped, restarting, unreachable, too
 * slow), as opposed to a bug: the person gets a French message asking to retry, and the request is
 * answered 503 where the answer has a status. The pool (lib/server/db.ts) recovers on its own.
 */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'Le service est momentanément indisponible (base de données injoignable). Réessayez dans un instant.';

// Driver adapter kinds (@prisma/adapter-pg) and Prisma codes for a database out of reach or too slow.
const KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// PostgreSQL: 08… connection exception, 57014 statement timeout, 57P01-57P03 shutting down or starting,
// 25P03 idle transaction timeout, 53300 too many connections.
const POSTGRES_CODES = /^(08...|57014|57P0[123]|25P03|53300)$/;
// node-postgres' own messages, when the failure never reached PostgreSQL.
const MESSAGES = /timeout exceeded when trying to connect|Connection terminated|Query read timeout|connection error and is not queryable|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down)/i;

type Inspectable = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

function isUnavailableItself(error: Inspectable): boolean {
  const { code, kind, originalCode, message } = error;
  if (typeof kind === 'string' && KINDS.has(kind)) return true;
  if (typeof code === 'string' && (PRISMA_CODES.has(code) || POSTGRES_CODES.test(code))) return true;
  if (typeof originalCode === 'string' && POSTGRES_CODES.test(originalCode)) return true;
  return typeof message === 'string' && MESSAGES.test(message);
}

/** Looks through the error, its causes and the driver adapter's error that Prisma keeps in `meta`. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const inspectable = current as Inspectable;
    if (isUnavailableItself(inspectable)) return true;
    queue.push(inspectable.cause, inspectable.meta?.driverAdapterError);
  }
  return false;
}
