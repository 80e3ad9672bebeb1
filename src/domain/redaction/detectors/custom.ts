/**
 * Custom patterns from config. A pattern is refused at load when it can backtrack
 * catastrophically (nested quantifiers, back-references), and it is run line by line on
 * bounded chunks, so a long line cannot make it slow.
 */
import safeRegex from 'safe-regex2';
import type { CustomPattern, Span } from '../types.ts';

const CHUNK = 2000;
const OVERLAP = 200;

export type PatternInput = { name: string; pattern: string; flags?: string | undefined; replacement?: string | undefined };

/** Compiles custom patterns; returns the problems (naming each pattern) instead of throwing. */
export function compilePatterns(input: readonly PatternInput[]): { patterns: CustomPattern[]; problems: { path: string; message: string }[] } {
  const patterns: CustomPattern[] = [];
  const problems: { path: string; message: string }[] = [];
  input.forEach((p, i) => {
    const path = `postmortem.redaction.patterns.${i}.pattern`;
    const flags = [...new Set(`${(p.flags ?? '').replace(/[gy]/g, '')}g`)].join('');
    if (!/^[gimsu]*$/.test(flags)) { problems.push({ path: `postmortem.redaction.patterns.${i}.flags`, message: 'flags may be i, m, s, u' }); return; }
    if (/\\[1-9]|\\k</.test(p.pattern)) { problems.push({ path, message: 'back-references are not allowed (they can take exponential time)' }); return; }
    let regex: RegExp;
    try { regex = new RegExp(p.pattern, flags); } catch (e) { problems.push({ path, message: `not a valid regular expression: ${(e as Error).message}` }); return; }
    if (!safeRegex(regex)) { problems.push({ path, message: 'nested quantifiers can take exponential time on some text; rewrite without a quantifier inside a repeated group' }); return; }
    if (regex.test('')) { problems.push({ path, message: 'the pattern matches the empty string' }); return; }
    patterns.push({ name: p.name, regex, replacement: p.replacement ?? '[removed]' });
  });
  return { patterns, problems };
}

/** Matches of the custom patterns, line by line, in chunks of at most 2,000 characters. */
export function findCustom(text: string, from: number, patterns: readonly CustomPattern[]): Span[] {
  const out: Span[] = [];
  if (patterns.length === 0) return out;
  for (let s = from; s < text.length;) {
    const nl = text.indexOf('\n', s);
    const end = nl === -1 ? text.length : nl;
    for (let c = s; c < end; c += CHUNK) {
      const chunkEnd = Math.min(end, c + CHUNK + OVERLAP);
      const chunk = text.slice(c, chunkEnd);
      for (const p of patterns) {
        const re = new RegExp(p.regex.source, p.regex.flags);
        for (let m = re.exec(chunk); m !== null; m = re.exec(chunk)) {
          if (m[0].length === 0) { re.lastIndex++; continue; }
          out.push({ start: c + m.index, end: c + m.index + m[0].length, detector: 'custom', replacement: p.replacement, rule: p.name });
        }
      }
    }
    if (nl === -1) break;
    s = nl + 1;
  }
  return out;
}
