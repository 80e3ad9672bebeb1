/**
 * Similar incidents: candidates from the postings of cause terms (the incidents sharing the
 * most of this incident's most distinctive cause terms) plus incidents on the same services,
 * scored in the domain with reasons.
 */
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import { isPlainLexeme } from '../../domain/learning/query.ts';
import { idfFrom, rankSimilar, REPEAT_THRESHOLD, type SimilarInput, type SimilarResult } from '../../domain/learning/similarity.ts';
import { documentFrequencies, reindexDirty } from '../../store/repositories/search.repository.ts';
import { causeTermsOf, similarCandidates, similaritySources, type SimilarSource } from '../../store/repositories/similarity.repository.ts';
import type { SimilarResponse } from '../../domain/learning/contract.ts';
import { preventFixesDone } from '../../store/repositories/report.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { REINDEX_BATCH } from './search.service.ts';

const CANDIDATES = 60;
const QUERY_TERMS = 8;

function toInput(s: SimilarSource): SimilarInput {
  return {
    incidentId: s.incidentId, title: s.title, type: s.type, services: s.services ?? [], startedAt: s.startedAt,
    causeText: `${s.summary}\n${s.causeText}`, fullText: `${s.title}\n${s.summary}\n${s.causeText}\n${s.postmortemText}\n${s.timelineText}`,
    lexemes: s.lexemes ?? [], causeLexemes: s.causeLexemes ?? [],
  };
}

export type SimilarOptions = { limit: number; onlyEarlier?: boolean };

/** The incidents most like this one, best first, each with its score and reasons. */
export async function similarIncidents(ctx: ServiceContext, actor: Principal, incidentId: string, opts: SimilarOptions): Promise<SimilarResponse> {
  requireRole(actor, 'viewer', 'finding similar incidents');
  await reindexDirty(ctx.db, REINDEX_BATCH);
  const [src] = await similaritySources(ctx.db, [incidentId]);
  if (!src) throw new AppError('not_found', `incident ${incidentId} not found`);
  const target = toInput(src);
  // The query terms are the rarest of the incident's cause terms (title, summary, impact, root cause…), looked up in the
  // other incidents' cause terms; the whole documents are read only for the candidates found.
  const own = [...new Set([...target.causeLexemes, ...target.lexemes])].filter(isPlainLexeme);
  const cause = new Set(await causeTermsOf(ctx.db, incidentId));
  const { total, df } = await documentFrequencies(ctx.db, own);
  const terms = own.filter((t) => cause.has(t)).filter((t) => (df.get(t) ?? 0) >= 2 && (df.get(t) ?? 0) <= Math.max(2, total * 0.2))
    .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || a.localeCompare(b)).slice(0, QUERY_TERMS);
  const idf = idfFrom(total, df);
  const before = opts.onlyEarlier && target.startedAt !== null ? new Date(target.startedAt) : null;
  const ids = await similarCandidates(ctx.db, incidentId, terms.map((term) => ({ term, weight: idf(term) })), target.services, CANDIDATES, before);
  let cands = (await similaritySources(ctx.db, ids)).map(toInput);
  if (opts.onlyEarlier && target.startedAt !== null) cands = cands.filter((c) => c.startedAt !== null && c.startedAt < target.startedAt!);
  const candWords = [...new Set(cands.flatMap((c) => c.lexemes))].filter((w) => !df.has(w));
  const more = await documentFrequencies(ctx.db, candWords);
  for (const [w, n] of more.df) df.set(w, n);
  const ranked = rankSimilar(target, cands, idfFrom(total, df), opts.limit);
  const byId = new Map(cands.map((c) => [c.incidentId, c]));
  const earlier = (c: SimilarInput): boolean => c.startedAt !== null && target.startedAt !== null && c.startedAt < target.startedAt;
  const repeats = ranked.filter((r) => r.score >= REPEAT_THRESHOLD && earlier(byId.get(r.incidentId)!));
  const fixes = await preventFixesDone(ctx.db, repeats.map((r) => r.incidentId));
  return {
    similar: ranked.map((r: SimilarResult) => {
      const c = byId.get(r.incidentId)!;
      const repeat = repeats.includes(r);
      return {
        ...r, title: c.title, startedAt: c.startedAt === null ? null : new Date(c.startedAt).toISOString(), repeat,
        recurredAfterFix: repeat && (fixes.get(r.incidentId) ?? []).some((at) => at < target.startedAt!),
      };
    }),
  };
}
