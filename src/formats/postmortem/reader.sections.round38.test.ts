import { describe, expect, it } from 'vitest';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 38: sections and action-item owners in shapes the reader did not see: a numbered outline under the
 * page's title, numbered with no mark ("1 Summary") or with a subtitle after a colon, or named in words the section
 * names do not know; a Jira panel titled with a section's name; an owner in an outliner's property, a definition list's
 * field, square brackets or brackets closing a sentence, or after a dash with its date in brackets.
 */
const keys = (text: string): (string | null)[] => parsePostmortem(text).doc.sections.map((s) => s.key);
const owners = (text: string): (string | null)[] => parsePostmortem(text).doc.actionItems.map((a) => a.owner);

const outline = (title: string, tops: readonly string[]): string =>
  [title, '', ...tops.flatMap((t, i) => [`${t}`, '', `Text of part ${i + 1}, written out in a sentence or two.`, ''])].join('\n');

describe('a numbered outline under a title (round 38)', () => {
  it('reads the numbered lines as sections under a setext title', () => {
    const text = outline('Fares incident\n==============', ['1. Summary', '2. Background: how a price reaches the page', '3. Impact', '4. Timeline']);
    expect(keys(text)).toEqual(expect.arrayContaining(['summary', 'impact', 'timeline']));
  });
  it('reads "1 Summary" with no mark after the number', () => {
    expect(keys(outline('Harbour report', ['1 Summary', '2 Impact', '3 Timeline']))).toEqual(expect.arrayContaining(['summary', 'impact', 'timeline']));
  });
  it('reads four numbered names in unknown words, each over its own text, as sections', () => {
    const { doc } = parsePostmortem(outline('Jelentés', ['1. Összefoglaló', '2. Hatás', '3. Idővonal', '4. Teendők']));
    expect(doc.sections.filter((s) => s.level >= 1 && s.heading === 'Hatás')).toHaveLength(1);
  });
  it('hard negative: a numbered list of steps, one under another, stays a list', () => {
    const text = ['Runbook', '', '1. Stop the pump', '2. Drain the tank', '3. Check the seal', '4. Restart the pump', '', 'Done.'].join('\n');
    expect(parsePostmortem(text).doc.sections.some((s) => s.heading === 'Drain the tank')).toBe(false);
  });
  it('hard negative: an outline under a section heading of its own stays as it is', () => {
    const text = `# Title\n\n## Background\n\n${outline('', ['1. Summary', '2. Impact', '3. Timeline'])}`;
    expect(keys(text)).not.toContain('impact');
  });
});

describe('a Jira panel titled with a section (round 38)', () => {
  const page = (panel: string): string =>
    ['h1. PAY-77: tax bands missing', '', panel, 'Between 16 and 19 April the engine used last year\'s bands.', '{panel}', '', 'h2. Impact', '', '1,184 employees.', '', 'h2. Timeline', '', '* 09:00 run'].join('\n');
  it('reads "{panel:title=Summary|…}" as the summary section', () => {
    expect(keys(page('{panel:title=Summary|borderStyle=solid}'))).toContain('summary');
  });
  it('hard negative: a panel of details is no section', () => {
    expect(keys(page('{panel:title=Incident details|borderStyle=solid}'))).not.toContain('summary');
  });
});

describe('an action item\'s owner in more shapes (round 38)', () => {
  const items = (lines: readonly string[]): string => ['# R', '', '## Action items', '', ...lines].join('\n');
  it('reads an outliner\'s property "owner:: [[Name]]" below the item', () => {
    expect(owners(items(['- [ ] Pre-create the next archive a day ahead', '    owner:: [[Priya Shah]]', '    due:: 2027-09-03']))).toEqual(['Priya Shah']);
  });
  it('reads a definition list\'s fields below the item', () => {
    expect(owners(items(['A1. Add a contract test for the suffix formats', ': Owner: Jasper Mol', ': Due: 2027-05-21']))).toEqual(['Jasper Mol']);
  });
  it('reads a name in brackets closing the sentence and a full name in square brackets', () => {
    expect(owners(items(['- Make sure only one scheduler runs (Bas).', '- Autoscale the relay on allocation usage [Bea Lindqvist]']))).toEqual(['Bas', 'Bea Lindqvist']);
  });
  it('reads a name after a dash with its date in brackets', () => {
    expect(owners(items(['- Turn a paused schedule back on after 4 hours — Joost (2027-08-20)']))).toEqual(['Joost']);
  });
  it('hard negative: a template\'s "@owner" before a due field is no owner called "Due"', () => {
    expect(owners(items(['- [ ] [Action item 1] — @owner — Due: YYYY-MM-DD']))).not.toContain('Due');
  });
  it('hard negative: a status chip in square brackets is no owner', () => {
    expect(owners(items(['- Autoscale the relay on allocation usage [In progress]', '- Add the alert [Open]']))).toEqual([null, null]);
  });
});
