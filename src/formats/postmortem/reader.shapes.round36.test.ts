import { describe, expect, it } from 'vitest';
import { parsePostmortem } from './parse-postmortem.ts';
import { scanLeading } from './time-scan.ts';
import { orgAndAsciidoc } from './org-asciidoc.ts';

describe('round 36: times in any script and form', () => {
  it('reads digits of other scripts as ASCII digits', () => {
    expect(scanLeading('١٤:٠٢ — x')?.hour).toBe(14);
    expect(scanLeading('१४:०२ — x')?.minute).toBe(2);
    expect(scanLeading('１４：０２ — x')?.hour).toBe(14);
  });
  it('reads a clock with a word before or after it as a time label', () => {
    expect(scanLeading('klo 10.02')?.hour).toBe(10);
    expect(scanLeading('14.02 Uhr')?.minute).toBe(2);
    expect(scanLeading('08.40 น. — cache')?.hour).toBe(8);
  });
  it('does not read a sentence that names a clock as a time label', () => {
    expect(scanLeading('Deploy at 10.02 finished')).toBeNull();
  });
  it('reads "-ish" after a clock as approximate', () => {
    expect(scanLeading('14:02-ish')?.approx).toBe(true);
    expect(scanLeading('14:02')?.approx).toBe(false);
  });
});

const timeline = (rows: string): string => `# R\n\n## Aikajana\n\n| Aika | Tapahtuma |\n|---|---|\n${rows}\n`;

describe('round 36: sections by content, not name', () => {
  it('reads a section of timed rows under an unknown heading as the timeline, a minority lead marking approximation', () => {
    const { doc } = parsePostmortem(timeline('| klo 4.15 | Alku. |\n| klo 10.02 | Havaittu. |\n| noin klo 10.09 | Tiketti. |\n| klo 10.24 | Mikko liittyy. |'));
    expect(doc.sections.find((s) => s.heading === 'Aikajana')?.key).toBe('timeline');
    expect(doc.timeline.entries.map((e) => e.precision)).toEqual(['minute', 'minute', 'approximate', 'minute']);
  });
  it('leaves a section of prose under an unknown heading unnamed', () => {
    const { doc } = parsePostmortem('# R\n\n## Yhteenveto\n\nKello 10.02 joku huomasi vian.\n');
    expect(doc.sections.find((s) => s.heading === 'Yhteenveto')?.key).toBeNull();
  });
  it('reads a time cell of words among timed rows as an imprecise entry', () => {
    const { doc } = parsePostmortem(timeline('| 10:30 | A |\n| 14:20 | B |\n| το απόγευμα | C |\n| 19:55 | D |'));
    expect(doc.timeline.entries.map((e) => e.precision)).toEqual(['minute', 'minute', 'unknown', 'minute']);
  });
  it('reads an action table by its columns of names and dates, whatever its headers say', () => {
    const md = '# R\n\n## Acțiuni\n\n| Acțiune | Responsabil | Termen |\n|---|---|---|\n| Reluare automată a încărcării | Mihai Dumitrescu | 15.11.2024 |\n| Alertă pentru dosare | Ana Pop | 2024-11-20 |\n';
    const { doc } = parsePostmortem(md);
    expect(doc.actionItems.map((a) => [a.owner, a.due])).toEqual([['Mihai Dumitrescu', '2024-11-15'], ['Ana Pop', '2024-11-20']]);
  });
  it('does not read a table of counts under an unknown heading as action items', () => {
    const md = '# R\n\n## Vaikutus\n\n| Mittari | Arvo |\n|---|---|\n| Mittauspisteet | 38 400 |\n| Puhelut | 9 |\n';
    expect(parsePostmortem(md).doc.actionItems).toEqual([]);
  });
});

describe('round 36: AsciiDoc tables written a cell a line', () => {
  const adoc = '= T\n\n== Summary\n\nx\n\n== Action items\n\n[cols="3,2,2",options="header"]\n|===\n|Action |Owner |Due\n\n|Refuse to sign when the clock is not in\nsync\n|Rafael Duarte\n|2024-05-24\n\n|Pin signer VMs\n|Kasia Nowak\n|2024-05-17\n|===\n';
  it('rewrites each row on its first line, keeping the line count', () => {
    const out = orgAndAsciidoc(adoc);
    expect(out.split('\n')).toHaveLength(adoc.split('\n').length);
    expect(out).toContain('| Refuse to sign when the clock is not in sync | Rafael Duarte | 2024-05-24 |');
  });
  it('reads the rows as action items with their owners and due dates', () => {
    const { doc } = parsePostmortem(adoc);
    expect(doc.actionItems.map((a) => [a.owner, a.due])).toEqual([['Rafael Duarte', '2024-05-24'], ['Kasia Nowak', '2024-05-17']]);
  });
});
