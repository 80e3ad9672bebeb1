import { obj } from './json-shape.ts';
import type { IngestSource } from './registry.ts';

/**
 * Guesses which source sent a JSON payload, for `debrief ingest` without --source;
 * null when the shape belongs to none of them.
 */
export function detectJsonSource(payload: unknown): IngestSource | null {
  const first = Array.isArray(payload) ? (payload[0] as unknown) : payload;
  if (Array.isArray(payload) && payload.length > 0 && payload.every((m) => obj(m) !== null && (typeof obj(m)?.['ts'] === 'string' || (typeof obj(m)?.['id'] === 'string' && typeof obj(m)?.['name'] === 'string')))) {
    // A Slack daily file (messages with "ts") or channels.json; arrays of webhook bodies have neither.
    if (payload.some((m) => typeof obj(m)?.['ts'] === 'string') || payload.every((m) => obj(m)?.['action'] === undefined && obj(m)?.['alerts'] === undefined)) return 'slack';
  }
  const o = obj(first);
  if (o === null) return null;
  if (Array.isArray(o['alerts'])) return o['orgId'] !== undefined || o['state'] !== undefined || o['title'] !== undefined ? 'grafana' : 'alertmanager';
  if (typeof o['ruleName'] === 'string' || Array.isArray(o['evalMatches'])) return 'grafana';
  if (typeof obj(o['event'])?.['event_type'] === 'string' || Array.isArray(o['messages']) && obj((o['messages'] as unknown[])[0])?.['incident'] !== undefined) return 'pagerduty';
  if (Array.isArray(o['messages']) && obj((o['messages'] as unknown[])[0])?.['data'] !== undefined) return 'pagerduty';
  if (typeof o['action'] === 'string' && obj(o['alert']) !== null) return 'opsgenie';
  if (obj(o['deployment']) !== null || (typeof o['ref'] === 'string' && Array.isArray(o['commits'])) || obj(o['repository']) !== null) return 'github';
  if (Array.isArray(o['files']) && (Array.isArray(o['channels']) || Array.isArray(o['users']))) return 'slack';
  return null;
}

/** True when a text reads as `git log` output (a `commit <sha>` line, or a first line starting with a hash). */
export function looksLikeGitLog(text: string): boolean {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return /^[*|\\/ ]*commit [0-9a-f]{7,64}\b/m.test(text) || /^[*|\\/ ]*[0-9a-f]{7,64}[\s\t]/.test(first);
}
