/** Redaction for external publication: detectors, the pass that applies them, custom patterns. */
export { redact } from './redact.ts';
export { compilePatterns, type PatternInput } from './detectors/custom.ts';
export { DETECTORS, type CustomPattern, type DetectorId, type PublishedRedaction, type Redaction, type RedactionOptions, type RedactionResult } from './types.ts';
