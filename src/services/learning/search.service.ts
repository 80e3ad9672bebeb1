/**
 * Search across incidents, post-mortems, action items and timelines: full-text with
 * ranking, english stemming (plurals), typo expansion from the indexed vocabulary, and
 * snippets. Every request first rebuilds a bounded batch of dirty search rows.
 */
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import { buildTsquery, isPlainLexeme, queryWords, typoExpansions } from '../../domain/learning/query.ts';
import {
  hitDetails, knownWords, lexemesOf, nearWords, reindexDirty, searchIndex, type SearchFilters, type SearchHit,
} from '../../store/repositories/search.repository.ts';
import type { SearchResponse } from '../../domain/learning/contract.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';

/** Dirty rows rebuilt before each search (the background job does the rest). */
export const REINDEX_BATCH = 2000;
/** Results that get a snippet and matchedIn. */
export const SNIPPETS = 10;

const list = z.string().max(2000).optional().transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined));
const day = z.string().max(40).optional().transform((v, c) => {
  if (v === undefined || v === '') return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
  if (Number.isNaN(d.getTime())) { c.addIssue({ code: 'custom', message: 'expected a date (YYYY-MM-DD) or an ISO 8601 time' }); return z.NEVER; }
  return d;
});

/** The query string of GET /search (also what the CLI sends). */
export const searchQuerySchema = z.object({
  q: z.string({ error: 'q is required' }),
  severity: list, service: list, type: list, status: list,
  from: day, to: day,
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export type { SearchResponse, SearchResult } from '../../domain/learning/contract.ts';

/** The tsquery groups for a query: one group per word (stemmed), with typo expansions when the word is not indexed. */
export async function queryGroups(ctx: ServiceContext, q: string): Promise<{ words: string[]; groups: string[][] }> {
  const words = queryWords(q);
  const lex = await lexemesOf(ctx.db, words);
  const all = [...new Set(lex.flatMap((l) => l.lexemes).filter(isPlainLexeme))];
  const known = await knownWords(ctx.db, all);
  const groups: string[][] = [];
  for (const l of lex) {
    for (const lexeme of l.lexemes.filter(isPlainLexeme)) {
      if (known.has(lexeme)) { groups.push([lexeme]); continue; }
      const near = await nearWords(ctx.db, lexeme, 25);
      const expansions = typoExpansions(lexeme, near.filter(isPlainLexeme));
      groups.push([lexeme, ...expansions]);
    }
  }
  if (groups.length === 0) {
    throw new AppError('validation_failed', `q has only common words ("${words.slice(0, 5).join('", "')}") that are not searched; add a more specific word`, { errors: [{ path: 'q', message: 'only stop words' }] });
  }
  return { words, groups };
}

/** Searches; best first. All words must match, else (when that finds too few) any word. */
export async function searchIncidents(ctx: ServiceContext, actor: Principal, query: SearchQuery): Promise<SearchResponse> {
  requireRole(actor, 'viewer', 'searching incidents');
  await reindexDirty(ctx.db, REINDEX_BATCH);
  const { words, groups } = await queryGroups(ctx, query.q);
  const filters: SearchFilters = {
    severities: query.severity, services: query.service, types: query.type, statuses: query.status, from: query.from, to: query.to,
  };
  const all = buildTsquery(groups, '&')!;
  let hits: SearchHit[] = await searchIndex(ctx.db, all, filters, query.limit);
  let mode: 'all' | 'any' = 'all';
  let tsquery = all;
  if (hits.length < query.limit && groups.length > 1) {
    const any = buildTsquery(groups, '|')!;
    const more = await searchIndex(ctx.db, any, filters, query.limit);
    const seen = new Set(hits.map((h) => h.incidentId));
    hits = [...hits, ...more.filter((h) => !seen.has(h.incidentId))].slice(0, query.limit);
    if (more.length > 0) { mode = 'any'; tsquery = any; }
  }
  // Snippets and matchedIn for the top results only (ts_headline is the costly part).
  const details = new Map((await hitDetails(ctx.db, tsquery, hits.slice(0, SNIPPETS).map((h) => h.incidentId))).map((d) => [d.incidentId, d]));
  const results = hits.map((h) => {
    const d = details.get(h.incidentId);
    const matchedIn = d ? [d.inTitle && 'title', d.inSummary && 'summary', d.inPostmortem && 'postmortem', d.inActions && 'actionItems', d.inTimeline && 'timeline']
      .filter((x): x is string => typeof x === 'string') : [];
    return { incidentId: h.incidentId, postmortemId: h.postmortemId, title: h.title, score: Math.round(h.score * 10000) / 10000, snippet: d?.snippet ?? '', matchedIn };
  });
  return { results, query: { words, searched: groups, mode } };
}
