/**
 * The external-publication redaction step of the lifecycle (seed 001 "Review before
 * publishing"). The detectors live in `src/domain/redaction/`; this is the lifecycle's
 * view of them: what a published version keeps of each removal (never the removed text).
 */
import type { PublishedRedaction, Redaction } from '../redaction/index.ts';

export {
  redact, compilePatterns, DETECTORS, type CustomPattern, type Redaction, type RedactionOptions, type RedactionResult, type PublishedRedaction,
} from '../redaction/index.ts';

/** A removal as a published version stores and shows it: detector, reason, place and replacement only. */
export function publishedRedaction(r: Redaction | Record<string, unknown>): PublishedRedaction {
  const x: Partial<Record<keyof Redaction, unknown>> = r;
  return {
    id: typeof x.id === 'number' ? x.id : 0,
    detector: (typeof x.detector === 'string' ? x.detector : 'person') as PublishedRedaction['detector'],
    reason: typeof x.reason === 'string' ? x.reason : '',
    section: typeof x.section === 'string' ? x.section : null,
    line: typeof x.line === 'number' ? x.line : 0,
    replacement: typeof x.replacement === 'string' ? x.replacement : '[removed]',
  };
}
