/**
 * Similar incidents, explainable: a score in 0..1 from weighted parts, each part a reason.
 * Text similarity (IDF-weighted overlap of all terms and of the root-cause / impact terms)
 * carries most of the weight; shared service, same type, same contributing-factor
 * categories and same alert names add to it. The non-text parts together stay below the
 * repeat threshold, so sharing a service (or team, or repository) alone is never a repeat.
 */
import { factorCategories } from './factors.ts';

export type SimilarInput = {
  incidentId: string;
  title: string;
  type: string;
  services: string[];
  /** Epoch ms of the start (or declaration), or null. */
  startedAt: number | null;
  /** Root cause, impact, contributing factors and summary text. */
  causeText: string;
  /** All text of the incident (for alert names and categories). */
  fullText: string;
  /** Stemmed lexemes of the whole search document. */
  lexemes: string[];
  /** Stemmed lexemes of the cause text. */
  causeLexemes: string[];
};

export type Idf = (lexeme: string) => number;

export const WEIGHTS = { text: 0.35, cause: 0.3, service: 0.12, type: 0.08, factors: 0.08, alerts: 0.07 } as const;
/** An incident at least this similar to an earlier one is a repeat of it. */
export const REPEAT_THRESHOLD = 0.45;

export type SimilarResult = { incidentId: string; score: number; reasons: string[]; sharedTerms: string[] };

/** IDF-weighted cosine of two term sets (binary term frequency); the shared terms, heaviest first. */
export function weightedOverlap(a: readonly string[], b: readonly string[], idf: Idf): { cosine: number; shared: string[] } {
  const sa = new Set(a); const sb = new Set(b);
  let na = 0; let nb = 0; let dot = 0;
  const shared: { t: string; w: number }[] = [];
  for (const t of sa) { const w = idf(t); na += w * w; if (sb.has(t)) { dot += w * w; shared.push({ t, w }); } }
  for (const t of sb) { const w = idf(t); nb += w * w; }
  const cosine = na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
  return { cosine, shared: shared.sort((x, y) => y.w - x.w || x.t.localeCompare(y.t)).map((x) => x.t) };
}

/** Alert-like names in text: CamelCase identifiers (HighErrorRate) and `alertname=` values. */
export function alertNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*){1,})\b/g)) if (m[1]!.length >= 6) out.add(m[1]!);
  for (const m of text.matchAll(/alert(?:name)?\s*[=:]\s*["']?([\w.-]{3,})/gi)) out.add(m[1]!);
  return out;
}

/** A shown word for a stemmed lexeme: the first word in the text that starts with it. */
export function displayTerm(lexeme: string, text: string): string {
  const m = text.toLowerCase().match(new RegExp(`\\b${lexeme.replace(/[^\p{L}\p{N}]/gu, '')}[\\p{L}]*`, 'u'));
  return m ? m[0] : lexeme;
}

const derived = new WeakMap<SimilarInput, { factors: Set<string>; alerts: Set<string> }>();
/** Factor categories and alert names of an input, computed once per input object. */
function derivedOf(x: SimilarInput): { factors: Set<string>; alerts: Set<string> } {
  let d = derived.get(x);
  if (!d) { d = { factors: new Set(factorCategories(x.causeText).map((f) => f.category)), alerts: alertNames(x.fullText) }; derived.set(x, d); }
  return d;
}

/** Scores one candidate against the target, with the reasons behind the score. */
export function scoreSimilar(target: SimilarInput, cand: SimilarInput, idf: Idf): SimilarResult {
  const reasons: string[] = [];
  const text = weightedOverlap(target.lexemes, cand.lexemes, idf);
  const cause = weightedOverlap(target.causeLexemes, cand.causeLexemes, idf);
  let score = WEIGHTS.text * text.cosine + WEIGHTS.cause * cause.cosine;
  const causeTerms = cause.shared.filter((t) => idf(t) > 1).slice(0, 6).map((t) => displayTerm(t, target.causeText));
  if (causeTerms.length > 0) reasons.push(`same failure terms in root cause / impact: ${causeTerms.join(', ')}`);
  const otherTerms = text.shared.filter((t) => idf(t) > 1 && !cause.shared.includes(t)).slice(0, 5).map((t) => displayTerm(t, target.fullText));
  if (otherTerms.length > 0 && text.cosine >= 0.05) reasons.push(`shared terms: ${otherTerms.join(', ')}`);
  const services = target.services.filter((s) => cand.services.includes(s));
  if (services.length > 0) { score += WEIGHTS.service; reasons.push(`shared service: ${services.join(', ')}`); }
  if (target.type !== 'other' && target.type === cand.type) { score += WEIGHTS.type; reasons.push(`same type: ${target.type}`); }
  const fa = derivedOf(target).factors;
  const fb = [...derivedOf(cand).factors].filter((c) => fa.has(c));
  if (fb.length > 0) { score += WEIGHTS.factors * (fb.length / Math.max(fa.size, 1)); reasons.push(`same contributing-factor categories: ${fb.join(', ')}`); }
  const aa = derivedOf(target).alerts;
  const ab = [...derivedOf(cand).alerts].filter((n) => aa.has(n));
  if (ab.length > 0) { score += WEIGHTS.alerts; reasons.push(`same alert names: ${ab.slice(0, 4).join(', ')}`); }
  return { incidentId: cand.incidentId, score: Math.round(Math.min(score, 1) * 1000) / 1000, reasons, sharedTerms: cause.shared.slice(0, 10) };
}

/** Ranks candidates best first (ties: the more recent first), dropping those with no reason. */
export function rankSimilar(target: SimilarInput, candidates: SimilarInput[], idf: Idf, limit: number): SimilarResult[] {
  const byId = new Map(candidates.map((c) => [c.incidentId, c]));
  return candidates
    .filter((c) => c.incidentId !== target.incidentId)
    .map((c) => scoreSimilar(target, c, idf))
    .filter((r) => r.reasons.length > 0 && r.score > 0)
    .sort((a, b) => b.score - a.score || (byId.get(b.incidentId)!.startedAt ?? 0) - (byId.get(a.incidentId)!.startedAt ?? 0))
    .slice(0, limit);
}

/** The IDF of a lexeme from document frequencies (smoothed; unknown words weigh like rare ones). */
export function idfFrom(total: number, df: ReadonlyMap<string, number>): Idf {
  return (t) => Math.log(1 + (total + 1) / ((df.get(t) ?? 0) + 1));
}
