import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { lintPostmortem } from './index.ts';
import { QualityConfigSchema } from './quality.config.ts';

/**
 * Issue 16, round 24: a document's structure read whatever the export — action items known by their shape under any
 * heading, LaTeX and slide decks as sections and lists, an HTML table that no longer swallows what follows it, a chat's
 * "@owner: …" follow-up lines.
 */
const lint = (text: string) => {
  const { doc } = parsePostmortem(text);
  return { doc, findings: lintPostmortem(doc, text, { config: QualityConfigSchema.parse({}) }) };
};
const rulesOn = (text: string, line: number): string[] => lint(text).findings.filter((f) => f.line === line).map((f) => f.rule).sort();
const missing = (text: string): string[] => lint(text).findings.filter((f) => f.rule === 'missing-section').map((f) => f.message);

const HEAD = ['# Greenhouse irrigation stopped overnight', '', '## Summary', '', 'The pumps in hall C stopped for 3 hours.', '', '## Timeline', '', '- 01:10 Pump controller restarts', '- 01:14 Moisture alarm fires', '', '## Root cause', '', 'The controller firmware has no watchdog, so a hung read stopped every pump.', ''];

describe('action items known by their shape under a heading the parser does not know (round 24)', () => {
  it('a tracker\'s sub-issue list: items with owners and dates are the action items', () => {
    const text = [...HEAD, '## Linked tickets', '', '- GRN-41 Add a watchdog to the pump controller firmware that restarts a hung read within 30 s · @ilse · Due 2026-07-01', '- GRN-42 Improve monitoring · Unassigned', '- GRN-43 Add the hall C pump map to the runbook at `ops/halls/c.md` · @bram · Due 2026-06-20', ''].join('\n');
    const { doc } = lint(text);
    expect(doc.actionItems.map((a) => a.line)).toEqual([18, 19, 20]);
    expect(missing(text).some((m) => m.includes('Action Items'))).toBe(false);
    expect(rulesOn(text, 19)).toEqual(['action-item-due', 'action-item-owner', 'vague-action-item']);
  });

  it('a ticket system\'s task table with an assignee and a due column, under a label in another section', () => {
    const text = [...HEAD.slice(0, -1), '', 'Related tasks:', '| Number | Short description | Assignee | Due date | State |', '|---|---|---|---|---|', '| TSK-7 | Add a watchdog alert for hung controller reads to the hall dashboard | Ilse Vos | 2026-07-01 | Open |', '| TSK-8 | Review pump settings | | | Open |', ''].join('\n');
    const { doc } = lint(text);
    expect(doc.actionItems).toHaveLength(2);
    expect(rulesOn(text, 20)).toEqual(['action-item-due', 'action-item-owner', 'vague-action-item']);
  });

  it.each([
    ['a list of what went wrong, with no owner or date', ['## Observations', '', '- The pump map was out of date', '- Nobody on site knew the reset code', '- The alarm went to a retired phone', '']],
    ['a timeline list with handles in it', ['## Chat log', '', '- 01:20 @ilse restarts the controller', '- 01:25 @bram confirms flow in hall C', '- 01:31 @ilse closes the incident', '']],
    ['a contacts table with a name column and no due column in a named section', ['## Impact', '', '| Hall | Owner | Crop |', '|---|---|---|', '| C | Ilse Vos | Tomatoes |', '| D | Bram de Wit | Peppers |', '']],
  ])('hard negative: %s', (_form, tail) => {
    const { doc } = lint([...HEAD, ...tail].join('\n'));
    expect(doc.actionItems).toHaveLength(0);
  });
});

describe('a LaTeX report (round 24)', () => {
  const tex = ['\\documentclass{article}', '\\title{Ferry booking outage}', '\\begin{document}', '\\maketitle', '\\section{Summary}', 'Bookings failed for 40 minutes on 3 May.', '\\section{Timeline}', '\\begin{itemize}', '  \\item 09:00 Release 5.2 deployed', '  \\item 09:04 Error rate alarm fires', '\\end{itemize}', '\\section{Action Items}', '\\begin{enumerate}', '  \\item Be more careful with releases.', '  \\item Add a canary stage to the booking deploy that halts at 1\\% errors. Owner: Ana Ruiz. Due: 2026-06-01.', '\\end{enumerate}', '\\end{document}', ''].join('\n');

  it('reads \\section as sections and \\item as items, on their own lines', () => {
    const { doc } = lint(tex);
    expect(doc.sections.map((s) => s.key).filter((k) => k !== null)).toEqual(['summary', 'timeline', 'actionItems']);
    expect(doc.timeline.entries).toHaveLength(2);
    expect(doc.actionItems.map((a) => a.line)).toEqual([14, 15]);
    expect(rulesOn(tex, 14)).toEqual(['action-item-due', 'action-item-owner', 'vague-action-item']);
  });

  it('hard negative: one \\section in a Markdown document is no LaTeX report', () => {
    const md = ['# Note', '', 'We wrote \\section{Intro} in the handbook.', '', '## Summary', '', 'Nothing broke.', ''].join('\n');
    expect(parsePostmortem(md).doc.sections.map((s) => s.key)).toContain('summary');
    expect(parsePostmortem(md).doc.sections).toHaveLength(2);
  });
});

describe('a slide deck pasted as text (round 24)', () => {
  const deck = ['Slide 1', 'Tram depot power loss', '', 'Slide 2 — Summary', '• Depot B lost power for 25 minutes', '', 'Slide 3 — Root cause', '• TBD', '', 'Slide 4: Action items', '• Add a second feed to depot B switchgear with automatic transfer under 2 s — Owner: Lea Kern — Due: 2026-08-01', '• Review the depot layout', ''].join('\n');

  it('reads each slide title as a section and its bullets as a list', () => {
    const { doc, findings } = lint(deck);
    expect(doc.sections.map((s) => s.key).filter((k) => k !== null)).toEqual(['summary', 'rootCause', 'actionItems']);
    expect(doc.actionItems.map((a) => a.line)).toEqual([11, 12]);
    expect(findings.some((f) => f.rule === 'empty-section' && f.line === 7)).toBe(true);
  });

  it('hard negative: a single "Slide 2" mention is not a deck', () => {
    const md = ['## Summary', '', 'Slide 2', 'of the review deck shows the graph.', ''].join('\n');
    expect(parsePostmortem(md).doc.sections).toHaveLength(1);
  });
});

describe('an HTML export whose table is followed at once by headings (round 24)', () => {
  it('reads the headings after "</table>" as sections', () => {
    const html = ['<h1>Review</h1>', '<h2>Timeline</h2>', '<table>', '<tr><th>Time</th><th>Event</th></tr>', '<tr><td>10:00</td><td>Queue backs up.</td></tr>', '<tr><td>10:03</td><td>Alert fires.</td></tr>', '</table>', '<h2>Root cause</h2>', '<p>The consumer had no back-pressure limit, so the queue grew without bound.</p>', '<h2>Action items</h2>', '<ul>', '<li>Improve the queue — owner: Kai Ito</li>', '<li>TODO: add graphs</li>', '</ul>', ''].join('\n');
    const { doc, findings } = lint(html);
    expect(doc.sections.map((s) => s.key).filter((k) => k !== null)).toEqual(['timeline', 'rootCause', 'actionItems']);
    expect(doc.timeline.entries).toHaveLength(2);
    expect(findings.some((f) => f.rule === 'vague-action-item' && f.line === 12)).toBe(true);
    // A note to self in an HTML list item is no item to own.
    expect(findings.some((f) => f.rule === 'action-item-owner' && f.line === 13)).toBe(false);
  });
});

describe('follow-ups led by the owner\'s handle, one a line (round 24)', () => {
  it('each "@name: …" line is an item of its own', () => {
    const text = [...HEAD, '**Follow-ups**', '', '@Mira: look into pump alarms', '@Tobias Lind: add a watchdog to the controller firmware that restarts a hung read within 30 s — due 2026-07-10', ''].join('\n');
    const { doc } = lint(text);
    expect(doc.actionItems.map((a) => a.line)).toEqual([18, 19]);
    expect(rulesOn(text, 18)).toEqual(['action-item-due', 'vague-action-item']);
  });

  it('hard negative: a wrapped paragraph that mentions a handle stays one item', () => {
    const text = [...HEAD, '## Action items', '', 'Add a watchdog to the controller firmware, reviewed by', '@Mira: she owns the firmware. Due 2026-07-10.', ''].join('\n');
    expect(lint(text).doc.actionItems).toHaveLength(1);
  });
});

describe('a declared root cause that stops at the event, with no trigger word (round 24)', () => {
  const surface = (body: string): number => lint([...HEAD.slice(0, 11), '## Root cause', '', body, '', '## Action items', '', '- Add a watchdog to the controller firmware — @ilse — due 2026-07-01', ''].join('\n')).findings.filter((f) => f.rule === 'surface-cause').length;

  it.each([
    ['an act on a device', 'Root cause: pump cable unplugged.'],
    ['a faulty part in a release', 'Root cause: a wrong sensor offset in the 2.7 controller build.'],
    ['a run-in bold heading with a full stop', '**Root cause.** The hall C valve map changed on Tuesday.'],
    ['a fix that removed something', '**Root cause:** the 4 June patch removed the moisture read retry.'],
  ])('surface: %s', (_form, body) => {
    expect(surface(body)).toBe(1);
  });

  it.each([
    ['a lack in words of its own', 'Root cause: nothing between the sensor vendor and the controller compares the map with the hall plan.'],
    ['a pointer', 'Root cause: see the 5 Whys below.'],
    ['still open', 'Root cause: under investigation with the vendor.'],
    ['a design cause', 'Root cause: the controller was designed to stop every pump when one read hangs.'],
  ])('hard negative: %s', (_form, body) => {
    expect(surface(body)).toBe(0);
  });
});

describe('a declaration in an HTML paragraph is judged without the next paragraph (round 24)', () => {
  const html = (second: string): string => ['<h1>Review</h1>', '<h2>Summary</h2>', '<p>The ferry app sold 40 seats twice.</p>', '<h2>Root cause</h2>', '<p>The root cause was an operator error that pointed the app at the test seat map.</p>', second, '<h2>Action items</h2>', '<ul>', '<li>Add a seat-map checksum check to the deploy pipeline — owner: Ana Ruiz, due 2026-06-01</li>', '</ul>', ''].join('\n');

  it('surface: the next <p> names a missing check, but the declaration stops at the trigger', () => {
    expect(lint(html('<p>There was also no check in the deploy pipeline for the seat map.</p>')).findings.filter((f) => f.rule === 'surface-cause')).toHaveLength(1);
  });

  it('hard negative: one <p> wrapped over two lines is one paragraph', () => {
    expect(lint(html('because no check in the deploy pipeline compares the seat map.</p>').replace('seat map.</p>\nbecause', 'seat map\nbecause')).findings.filter((f) => f.rule === 'surface-cause')).toHaveLength(0);
  });
});

describe('a run-in bold heading closed by a full stop (round 24)', () => {
  it('"**What went well.** …" and "**Impact.** …" are sections', () => {
    const text = ['# Tram depot power loss', '', '**Impact.** Depot B lost power for 25 minutes; 14 trams left late (see the depot log, 2,140 riders).', '', '**What went well.** The backup feed took over in 9 s.', ''].join('\n');
    const keys = parsePostmortem(text).doc.sections.map((s) => s.key);
    expect(keys).toContain('impact');
    expect(keys).toContain('whatWentWell');
  });

  it('hard negative: a bold sentence of its own is no heading', () => {
    const text = ['## Summary', '', '**Do not restart the depot controller during a storm warning.** It drops every tram signal.', ''].join('\n');
    expect(parsePostmortem(text).doc.sections.map((s) => s.key)).toEqual(['summary']);
  });
});

describe('a stand-in in another language glossed in brackets (round 24)', () => {
  const empty = (body: string): number => lint([...HEAD.slice(0, 11), '## Causa raíz (Root cause)', '', body, ''].join('\n')).findings.filter((f) => f.rule === 'empty-section').length;

  it.each([
    ['Spanish with an English gloss', 'Pendiente (TBD)'],
    ['French with an English gloss', 'À compléter (TODO).'],
  ])('empty: %s', (_form, body) => {
    expect(empty(body)).toBe(1);
  });

  it.each([
    ['a cause with a note in brackets', 'El disco se llenó (the disk filled because no quota existed).'],
    ['a stand-in with its reason', 'TBD (waiting for the vendor report)'],
  ])('hard negative: %s', (_form, body) => {
    expect(empty(body)).toBe(0);
  });
});

describe('the round-24 readers run in linear time', () => {
  const latexHead = '\\begin{document}\n\\section{Summary}\n';
  it.each([
    ['a LaTeX command of many brackets', (n: number) => `${latexHead}\\foo${'{a}[b]'.repeat(n / 6)}x\n`],
    ['a LaTeX item of escapes', (n: number) => `${latexHead}\\begin{itemize}\n\\item ${'\\%``'.repeat(n / 4)}\n`],
    ['slide titles', (n: number) => `Slide 1\nA\n\nSlide 2 — ${'Slide 3 '.repeat(n / 8)}\n• x\n`],
    ['owner-led lines', (n: number) => `## Next steps\n\n@a: x.\n@${'b c '.repeat(n / 4)}\n`],
    ['a run-in label', (n: number) => `## Summary\n\nx\n\n**Root cause.${' A'.repeat(n / 2)}**\n`],
    ['fielded list items', (n: number) => `## Sub-issues\n\n${'- X · @a · Due 2026-01-01\n'.repeat(n / 26)}`],
  ])('%s: t(4n)/t(n) stays near 4', (_, input) => {
    expect(growthRatio(input, (t) => lint(t))).toBeLessThan(12);
  });
});
