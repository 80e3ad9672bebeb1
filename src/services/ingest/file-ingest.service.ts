/**
 * Ingesting an uploaded file into an incident's timeline (the web app's file drop): a
 * Slack export (.zip, or one channel's daily JSON file), a webhook payload or a JSON
 * array of them, or `git log` text. Same adapters and idempotency as everywhere else.
 */
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import type { IngestedEvent, Warning } from '../../domain/timeline/event.types.ts';
import type { FileIngestOutcome } from '../../domain/timeline/ingest.view.ts';
import { parseJsonText } from '../../formats/ingest/json-text.ts';
import { findAdapter, INGEST_SOURCES } from '../../formats/ingest/registry.ts';
import type { ServiceContext } from '../context.ts';
import { requireRole } from '../access.ts';
import { importEvents, type OutlierChoice } from './import.service.ts';
import { slackExportFromZip } from './slack-export.reader.ts';

export type UploadedFile = { bytes?: Buffer; text?: string; json?: unknown; name?: string | undefined };

const isZip = (b: Buffer): boolean => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b;

/** Runs the source's adapter over an uploaded file and stores the events on the incident. */
export async function ingestFile(ctx: ServiceContext, actor: Principal, incidentId: string, source: string, file: UploadedFile, opts: { outliers?: OutlierChoice } = {}): Promise<FileIngestOutcome> {
  // Access first: nothing is read, parsed or unzipped for a role that may not import.
  requireRole(actor, 'responder', 'importing timeline events');
  const entry = findAdapter(source);
  if (!entry) throw new AppError('validation_failed', `unknown source "${source}"; one of ${INGEST_SOURCES.join(', ')}`, { errors: [{ path: 'source', message: 'unknown source' }] });
  const text = file.text ?? (file.bytes && !isZip(file.bytes) ? file.bytes.toString('utf8') : undefined);
  let payloads: unknown[];
  if (entry.input === 'slack-export') {
    if (file.bytes && isZip(file.bytes)) payloads = [slackExportFromZip(file.bytes, file.name)];
    else payloads = [file.json ?? parseJsonText(source, text ?? '')];
  } else if (entry.input === 'text') {
    if (text === undefined) throw new AppError('unsupported_media_type', `${source} takes text (git log output), not a binary file`);
    payloads = [text];
  } else {
    const value = file.json ?? parseJsonText(source, text ?? '');
    payloads = Array.isArray(value) ? value : [value];
  }
  const events: IngestedEvent[] = [];
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  const unresolved = new Set<string>();
  for (const payload of payloads) {
    const result = entry.adapter(payload, {});
    for (const id of result.unresolvedMembers ?? []) unresolved.add(id);
    for (const e of result.events) {
      if (seen.has(e.idempotencyKey)) continue;
      seen.add(e.idempotencyKey);
      events.push(e);
    }
    warnings.push(...result.warnings);
  }
  const outcome = await importEvents(ctx, actor, incidentId, { source, events: events.map((e) => ({ ...e, source })) }, opts);
  return { ...outcome, added: outcome.inserted, events: events.length, unresolvedMembers: unresolved.size, warnings };
}
