import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { proseLines } from './lint.context.ts';
import { readSource } from './source-text.ts';
import { actionItemVagueness } from './vague.patterns.ts';

/**
 * Issue 16, round 10: what the prose readers take as a sentence and what the action-item rules read. A timeline line,
 * a pasted chat message or a definition's description starts a text of its own; a chat message is read without its
 * sender; a line of an item's fields only is no prose. An alert named between the word and its verb is a detection.
 * A step that ends on a bare comparative is vague; a deadline before a review or a meeting is no completion criterion.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const src = (md: string) => readSource(md, parsePostmortem(md).doc);
const texts = (md: string): string[] => proseLines(src(md)).map((p) => p.text);

describe('what a prose line is (round 10)', () => {
  it('reads a pasted chat message without its sender', () => {
    expect(texts('[08:50] @lena.m: lanes are moving again 🎉')).toEqual(['[08:50] lanes are moving again 🎉']);
    expect(texts('[~08:40] Sam Ortiz: found it, the gate config')).toEqual(['[~08:40] found it, the gate config']);
  });

  it('hard negative: a sentence that opens with a name and a colon outside a chat paste keeps it', () => {
    expect(texts('Note: Lena restarted the gate at 08:50.')).toEqual(['Note: Lena restarted the gate at 08:50.']);
  });

  it('reads a definition description without its marker, and leaves out a line of fields only', () => {
    expect(texts('Add a schema check on the gate feed\n: Done when the feed is rejected on a missing field')).toEqual(['Add a schema check on the gate feed', 'Done when the feed is rejected on a missing field']);
    expect(texts('Owner: Ana Lima · Due: 2026-04-15 · Ticket GATE-12')).toEqual([]);
  });

  it('hard negative: an owner line that goes on to say something is prose', () => {
    expect(texts('Owner: Ana Lima. She was told twice and still ignored it.')).toHaveLength(1);
  });

  it('reads lines that open with a clock time as texts of their own (no sentence runs into the next entry)', () => {
    const text = withSection('Timeline', '09:45 — Ravi finds the zero counts in the import.\n09:49 — Decision: patch the counts only.\n09:52 — Diff shows the renamed field.');
    const blame = lint(text).filter((f) => f.rule === 'blame');
    expect(blame.map((f) => f.quote)).not.toContainEqual(expect.stringContaining('09:49'));
  });
});

describe('an alert named between the word and its verb is the detection (round 10)', () => {
  const rows = (detection: string) => withSection('Timeline', `| Time | Event |\n|---|---|\n| 20:41 | Publishing job starts failing with 502 |\n| 20:44 | ${detection} |\n| 21:29 | Results visible again |`).replace('Time to detect: 2 minutes.', '');
  it.each(['Alert "results-not-published" fires in #draw-ops', 'Alert `queue_depth_high` triggers and pages the on-call'])('reads "%s" as the detection', (d) => {
    expect(lint(rows(d)).filter((f) => f.rule === 'detection-lag')).toEqual([]);
  });
  it('hard negative: an alert that is only configured detects nothing', () => {
    expect(lint(rows('Alert thresholds reviewed by the on-call')).filter((f) => f.rule === 'detection-lag')).toHaveLength(1);
  });
});

describe('vague steps (round 10)', () => {
  it.each(['Update the status page faster next time', 'Page the vendor sooner', 'Escalate to the duty manager more quickly in future'])('reads "%s" as vague: faster than what?', (item) => {
    expect(actionItemVagueness(item)?.missing).toContain('outcome');
  });
  it.each(['Update the status page within 10 minutes of the first page', 'Page the vendor when the rejection rate stays above 50 % for 5 minutes'])('hard negative: "%s" says how fast', (item) => {
    expect(actionItemVagueness(item)).toBeNull();
  });
  it('reads "Talk to the vendor about quality, before the contract review" as vague: the review is a deadline, not a criterion', () => {
    expect(actionItemVagueness('Talk to GridFeed Ltd about quality, before the contract review in January')).not.toBeNull();
  });
  it('hard negative: a gate that recurs ("before each release") is a criterion', () => {
    expect(actionItemVagueness('Review the feed schema diff before each release')).toBeNull();
  });
});

describe('the round-10 prose patterns run in linear time', () => {
  it.each([
    ['chat sender', (n: number) => `[08:50] ${'a'.repeat(n)}`],
    ['fields only', (n: number) => `Owner: ${'a '.repeat(n / 2)}`],
    ['comparative', (n: number) => `Update ${'faster '.repeat(n / 7)}x`],
  ])('%s: t(4n)/t(n) stays near 4', (_, input) => {
    expect(growthRatio(input, (t) => (t.startsWith('Update') ? actionItemVagueness(t) : proseLines(src(t))))).toBeLessThan(12);
  });
});

describe('placeholders in front matter, slots, masks, notes and italic prompts (round 10)', () => {
  const placeholders = (md: string): number => lint(md).filter((f) => f.rule === 'placeholder').length;
  const base = GOOD_POSTMORTEM;
  it.each([
    ['front matter', `---\ndate: YYYY-MM-DD\nauthors: [Name]\n---\n${base}`, 2],
    ['a mustache slot', withSection('Summary', '{{one-paragraph account}}'), 1],
    ['a masked day', withSection('Summary', 'Checkout failed on 2026-08-XX for an hour.'), 1],
    ['a numbered mask', withSection('Summary', 'Checkout failed during incident WX-2026-[NNN].'), 1],
    ['a note in a comment', withSection('Summary', 'Checkout failed.\n\n<!-- TODO: link the ticket -->'), 1],
    ['an italic prompt', withSection('Impact', '- 4,120 failed requests\n- _Add financial impact (refunds? penalties?)_'), 1],
  ])('reports %s', (_, md, n) => {
    expect(placeholders(md)).toBe(n);
  });
  it.each([
    ['real front matter', `---\ndate: 2026-03-02\nauthors: [Ana Lima, Rui Alves]\n---\n${base}`],
    ['an italic remark', withSection('Summary', 'Checkout failed for 23 minutes.\n\n_Add-ons were not affected._')],
    ['an acronym in brackets', withSection('Summary', 'Checkout failed [SRE] for 23 minutes.')],
  ])('hard negative: %s is no placeholder', (_, md) => {
    expect(placeholders(md)).toBe(0);
  });
});

describe('the round-10 placeholder patterns run in linear time', () => {
  it.each([
    ['an unclosed italic prompt', (n: number) => `_Add ${'a '.repeat(n / 2)}`],
    ['a run of slot openers', (n: number) => '{{'.repeat(n / 2)],
    ['a run of masked dates', (n: number) => '2026-XX-'.repeat(n / 8)],
  ])('%s', (_, body) => {
    expect(growthRatio((n) => withSection('Summary', body(n)), (t) => lint(t))).toBeLessThan(12);
  });
});

describe('a request to a named party for a named thing (round 10)', () => {
  it.each(['Ask Fermatech for a firmware fix for the stuck-value bug', 'Request Stripe to send the webhook retry log of 3 March'])('reads "%s" as a step', (item) => {
    expect(actionItemVagueness(item)).toBeNull();
  });
  it.each(['Ask Fermatech for more reliable sensors'])('hard negative: "%s" stays vague', (item) => {
    expect(actionItemVagueness(item)).not.toBeNull();
  });
  // Round 32: retrained on 86 training splits, the vague model stopped judging this wish to an unnamed party (marked
  // it.fails); round 33: a request whose whole object is a wish is vague by its shape (vague.requests.ts).
  it('hard negative: "Ask the vendor for better support" stays vague', () => {
    expect(actionItemVagueness('Ask the vendor for better support')).not.toBeNull();
  });
  it('runs in linear time on a long request', () => {
    expect(growthRatio((n) => `Ask Fermatech for ${'a '.repeat(n / 2)}`, (t) => actionItemVagueness(t))).toBeLessThan(12);
  });
});
