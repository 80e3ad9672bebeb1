import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redact } from './index.ts';

/**
 * The corpus: realistic post-mortems in different voices (test/fixtures/redaction), each
 * with the identifying details it contains. After redaction none may survive, and the
 * removals that match no detail (ordinary words taken for names) are counted.
 */
const DIR = join(import.meta.dirname, '../../../test/fixtures/redaction');
const dictionary = new Set<string>(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
type Fixture = { users: string[]; customers: string[]; publicDomains: string[]; details: string[] };
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort().map((f) => ({
  name: f,
  markdown: readFileSync(join(DIR, f), 'utf8'),
  spec: JSON.parse(readFileSync(join(DIR, f.replace(/\.md$/, '.json')), 'utf8')) as Fixture,
}));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A detail survives when it still appears as a whole word (case-insensitive). */
function survives(text: string, detail: string): boolean {
  const left = /^\w/.test(detail) ? '(?<![\\w@.-])' : '';
  const right = /\w$/.test(detail) ? '(?![\\w@-])' : '';
  return new RegExp(`${left}${escape(detail)}${right}`, 'i').test(text);
}

describe('redaction corpus', () => {
  it('has at least six documents, each listing what identifies someone or something internal', () => {
    expect(fixtures.filter((f) => f.spec.details.length > 0).length).toBeGreaterThanOrEqual(6);
    for (const f of fixtures.filter((x) => x.spec.details.length > 0)) {
      expect(f.spec.details.length, f.name).toBeGreaterThan(5);
      for (const d of f.spec.details) expect(survives(f.markdown, d), `${f.name} does not contain "${d}"`).toBe(true);
    }
  });

  const results = fixtures.map((f) => ({
    f,
    r: redact(f.markdown, { people: f.spec.users, customers: f.spec.customers, publicDomains: f.spec.publicDomains, dictionary }),
  }));

  it('leaks no identifying detail after external redaction', () => {
    const leaks = results.flatMap(({ f, r }) => f.spec.details.filter((d) => survives(r.markdown, d)).map((d) => `${f.name}: ${d}`));
    const total = fixtures.reduce((n, f) => n + f.spec.details.length, 0);
    console.info(`redaction corpus: ${leaks.length} of ${total} identifying details survived`);
    expect(leaks).toEqual([]);
  });

  it('rarely removes ordinary words (false removals counted and kept low)', () => {
    const falses = results.flatMap(({ f, r }) => r.redactions
      .filter((x) => x.detector !== 'front-matter' && x.detector !== 'comment')
      .filter((x) => !f.spec.details.some((d) => x.text.toLowerCase().includes(d.toLowerCase()) || d.toLowerCase().includes(x.text.toLowerCase())))
      .map((x) => `${f.name}: ${x.detector} "${x.text}"`));
    const removed = results.reduce((n, { r }) => n + r.redactions.length, 0);
    console.info(`redaction corpus: ${falses.length} false removals of ${removed}\n  ${falses.join('\n  ')}`);
    expect(falses.length).toBeLessThanOrEqual(Math.ceil(removed * 0.08));
  });

  it('removes nothing from a post-mortem that names no one and nothing internal', () => {
    for (const { f, r } of results.filter((x) => x.f.spec.details.length === 0)) {
      expect(r.redactions.map((x) => `${x.detector}: ${x.text}`), f.name).toEqual([]);
    }
  });

  it('keeps the sense of the text: headings, times and ordinary sentences stay', () => {
    for (const { f, r } of results) {
      const headings = f.markdown.split('\n').filter((l) => /^## /.test(l));
      for (const h of headings.filter((x) => !f.spec.details.some((d) => survives(x, d)))) expect(r.markdown, f.name).toContain(h);
      expect(r.markdown.length, f.name).toBeGreaterThan(f.markdown.length * 0.6);
    }
  });
});
