import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { lintPostmortem, DEFAULT_QUALITY_CONFIG } from '../../domain/quality/index.ts';
import { foreignMarkup } from './foreign-markup.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 14: a CMS's HTML export. Sections written as HTML heading lines ('<h2 id="impact">Impact</h2>'), with
 * paragraphs and list items as "<p>…</p>" and "<li>…</li>" lines and wrappers ("<div …>", "<aside>", "<ul>") of their
 * own, are read as the sections, paragraphs and items they are, on their own lines.
 */
const keys = (md: string) => parsePostmortem(md).doc.sections.filter((s) => s.key !== null).map((s) => [s.key, s.line]);

describe('a CMS export in HTML (round 14)', () => {
  const cms = [
    '<div class="article">', // 1
    '',
    '<h1>Bakery checkout charged twice</h1>', // 3
    '',
    '<h2 id="summary">Summary</h2>', // 5
    '',
    '<p>The checkout charged <strong>12 customers</strong> twice.</p>', // 7
    '',
    '<h2 id="timeline">Timeline</h2>', // 9
    '',
    '| Time | Event |',
    '|---|---|',
    '| 09:00 | Newsletter sent |', // 13
    '| 09:04 | First double charge |',
    '',
    '<h2 id="went-wrong">What went wrong</h2>', // 16
    '',
    '<ul>',
    '<li>The retry had no idempotency key.</li>', // 19
    '</ul>',
    '',
    '<h2 id="actions">Action items</h2>', // 22
    '',
    '| Action | Owner | Due |',
    '|---|---|---|',
    '| Send the idempotency key on every retry | Noah | 2027-01-15 |',
    '',
    '</div>',
  ].join('\n');

  it('reads each "<h2>X</h2>" line as a section heading, and "<h1>" as the title', () => {
    expect(keys(cms)).toEqual([['summary', 5], ['timeline', 9], ['whatWentWrong', 16], ['actionItems', 22]]);
    expect(parsePostmortem(cms).doc.meta.title).toBe('Bakery checkout charged twice');
  });

  it('reads a "<p>" line as the paragraph it holds and a "<li>" line as a list item', () => {
    const doc = parsePostmortem(cms).doc;
    expect(doc.sections.find((s) => s.key === 'summary')?.body).toContain('12 customers');
    expect(doc.sections.find((s) => s.key === 'whatWentWrong')?.body).toContain('The retry had no idempotency key.');
  });

  it('reads the table under an HTML heading as the timeline and the action items', () => {
    const doc = parsePostmortem(cms).doc;
    expect(doc.timeline.entries.map((e) => e.line)).toEqual([13, 14]);
    expect(doc.actionItems.map((a) => a.owner)).toEqual(['Noah']);
  });

  it('rewrites line for line (no line moves)', () => {
    expect(foreignMarkup(cms).split('\n')).toHaveLength(cms.split('\n').length);
  });

  it('hard negative: one HTML heading in a Markdown document is left as it is', () => {
    const md = '# Title\n\n<h2>Aside</h2>\n\n<p>Kept as HTML.</p>\n';
    expect(foreignMarkup(md)).toBe(md);
  });
});

describe('action items in plain text and with handles (round 14)', () => {
  const items = (list: string) => parsePostmortem(`# Q\n\n## Action items\n\n${list}\n`).doc.actionItems.map((a) => a.owner);

  it('an owner set off by spaced hyphens ("… - Lindiwe Dube - by 16 May")', () => {
    expect(items('1. Raise the pool maximum to 40 nodes in pool.tf - Lindiwe Dube - by 16 May')).toEqual(['Lindiwe Dube']);
  });

  it('hard negative: a hyphenated word is no separator ("Re-run the follow-up job")', () => {
    expect(items('1. Re-run the follow-up job on the spare host')).toEqual([null]);
  });

  it('a handle before a due label ("— @rafael — due YYYY-MM-DD") is the owner, not the due label', () => {
    expect(items('- [ ] Route the win-rate alerts to PagerDuty — @rafael — due YYYY-MM-DD')).toEqual(['@rafael']);
  });

  it('"Lessons and follow-up discussion" is the lessons, not action items', () => {
    const doc = parsePostmortem('# Q\n\n## Lessons and follow-up discussion\n\nThe first lesson is about canaries.\n').doc;
    expect(doc.sections.find((s) => s.heading.startsWith('Lessons'))?.key).toBe('lessons');
  });
});

describe('tables and notes (round 14)', () => {
  it('a column of ticket numbers under "Task" is the key; the items\' words are in "Short description"', () => {
    const doc = parsePostmortem('# Q\n\n## Action items\n\n| Task | Short description | Assigned to | Due date |\n|---|---|---|---|\n| PTASK0000101 | Add a schema check for the lock timeout | Ola | 2027-03-20 |\n| PTASK0000102 | Review Helm values | | |\n').doc;
    expect(doc.actionItems.map((a) => [a.key, a.text])).toEqual([['PTASK0000101', 'Add a schema check for the lock timeout'], ['PTASK0000102', 'Review Helm values']]);
  });

  it('hard negative: a "Task" column of words stays the items\' text', () => {
    const doc = parsePostmortem('# Q\n\n## Action items\n\n| Task | Notes | Owner |\n|---|---|---|\n| Add a schema check | see the review | Ola |\n').doc;
    expect(doc.actionItems.map((a) => a.text)).toEqual(['Add a schema check']);
  });

  it('a zone note with its offset and the day ("All times CDT (UTC−5), Sunday 2027-09-06.") is no entry', () => {
    const doc = parsePostmortem('# Q\n\n## Timeline\n\nAll times CDT (UTC−5), Sunday 2027-09-06.\n\n| Time | Event |\n|---|---|\n| 06:00 | Batch starts |\n| 06:03 | Latency rises |\n').doc;
    expect(doc.timeline.entries.map((e) => e.line)).toEqual([9, 10]);
  });
});

describe('linear time (round 14)', () => {
  it('reads long HTML lines, unclosed tags, day lines and template notes in linear time', () => {
    const input = (n: number) => `<h2>A</h2>\n<h2>B</h2>\n<p>${'<b>x '.repeat(n / 5)}\n<li>${'<'.repeat(n)}</li>\n${'<ul> '.repeat(n / 5)}\n| Task | Short description |\n|---|---|\n${'| PTASK01 | a b |\n'.repeat(n / 20)}\n## Timeline\n\n${'Saturday 26 September\n09:30 after waiting after waiting shortly after 09:00 early hours\n'.repeat(n / 90)}\nTemplate: fill in ${'template: '.repeat(n / 10)}\n`;
    expect(growthRatio(input, (t) => foreignMarkup(t))).toBeLessThan(12);
    expect(growthRatio(input, (t) => lintPostmortem(parsePostmortem(t).doc, t, { config: DEFAULT_QUALITY_CONFIG }))).toBeLessThan(12);
  });
});

describe('owners with help and done dates in the due field (round 14)', () => {
  const items = (list: string) => parsePostmortem(`# Q\n\n## Action items\n\n${list}\n`).doc.actionItems.map((a) => [a.owner, a.due, a.status]);

  it('a person who brings help before the date ("— Connor, with the booking vendor, by 27 February 2027")', () => {
    expect(items('- Add a confirmation step to the booking admin. — Connor, with the booking vendor, by 27 February 2027')).toEqual([['Connor', '2027-02-27', null]]);
  });

  it('"Due: done 27 September" on the item\'s field line says it is done', () => {
    expect(items('1. Check all 31 titles are listed.\n   Owner: Efua · Due: done 27 September')).toEqual([['Efua', null, 'done']]);
  });

  it('hard negative: "Due: 27 September" is a due date, not done', () => {
    expect(items('1. Check all 31 titles are listed.\n   Owner: Efua · Due: 27 September 2027')[0]?.[2]).toBeNull();
  });
});
