/**
 * The server's logger: pino with the paths that can hold a secret redacted, and the access line's logger, which
 * skips the redaction pass (issue 18, session 37: the pass cost 19 kB of allocations on every request's line).
 */
import pino, { type DestinationStream, type Logger } from 'pino';

/** Where a secret can be in what the server logs: credentials in headers, and any object's token, password or secret. */
export const REDACTED_PATHS = [
  'req.headers.authorization', 'req.headers.cookie', 'headers.authorization', '*.token', '*.password', '*.secret', '*.webhookUrl',
  '*.apiToken', '*.webhookSecret', '*.botToken',
];

/** The server's logger at `level`, writing JSON lines to `stream`, every line redacted along `REDACTED_PATHS`. */
export function createLogger(level: string, stream: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, stream);
}

/** What the access line holds: the method, the path without its query, the status, the time and the actor's name. */
export type AccessLine = { reqId: string; method: string; url: string; status: number; ms: number; actor: string | undefined };

/**
 * The logger of the access line (one per request): `logger` without the redaction pass. The line's fields are flat
 * (no object under them, so no redacted path can match) and none holds a secret: the path is cut at its query, and
 * the actor is a name. It writes the same bytes as a request's child logger of `logger` (bindings `{ reqId }`) would.
 */
export function accessLogger(logger: Logger): (line: AccessLine) => void {
  const unredacted = logger.child({}, { redact: [] });
  return (line) => { unredacted.info(line, 'request'); };
}
