import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { foreignMarkup } from './foreign-markup.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 13: the exports least like a template. Jira wiki headings ("h2. Timeline"), its box macros and
 * numbered items; HTML toggles ("<details>" / "<summary>Timeline</summary>") and Notion's glyph toggles ("▸ **Impact**");
 * an e-mail's capital lines ("ROOT CAUSE"). Each is read as the section it names, on its own line.
 */
const keys = (md: string) => parsePostmortem(md).doc.sections.filter((s) => s.key !== null).map((s) => [s.key, s.line]);
const bodyOf = (md: string, key: string) => parsePostmortem(md).doc.sections.find((s) => s.key === key)?.body ?? '';

describe('Jira wiki markup (round 13)', () => {
  const jira = 'h1. Kiln controller lost its schedule\n\nh2. Summary\n\nThe kiln ran cold for a night.\n\nh2. Timeline\n\n{panel:title=Times (local)}\n||Time||Event||\n|21:00|Firing starts.|\n|21:40|Controller reboots.|\n{panel}\n\nh2. 5 Whys\n\n# Why did it cool? The schedule was lost.\n# Why was it lost? The controller kept it in memory only.\n\nh2. Action items\n\n* Keep the schedule on flash (Ines, 2027-02-01)\n';

  it('reads "h2. X" as a heading of level 2 and "h1." as the title', () => {
    expect(keys(jira)).toEqual([['summary', 3], ['timeline', 7], ['fiveWhys', 15], ['actionItems', 20]]);
    expect(parsePostmortem(jira).doc.meta.title).toBe('Kiln controller lost its schedule');
  });

  it('reads a Jira table inside a "{panel}" box as the timeline', () => {
    expect(parsePostmortem(jira).doc.timeline.entries.map((e) => e.line)).toEqual([11, 12]);
  });

  it('reads "# Why …" in a Jira page as a numbered item, not a heading', () => {
    expect(bodyOf(jira, 'fiveWhys')).toContain('The controller kept it in memory only');
  });

  it('hard negative: one "h2." line in a Markdown document is left as it is', () => {
    expect(foreignMarkup('# Title\n\nh2. is a word here\n\n# Not a list\n')).toBe('# Title\n\nh2. is a word here\n\n# Not a list\n');
  });
});

describe('HTML and Notion toggles (round 13)', () => {
  const details = '# Ferry booking failed\n\n## Impact\n\nBookings failed for an hour.\n\n<details>\n<summary>Timeline (UTC)</summary>\n\n| Time | Event |\n|---|---|\n| 10:00 | Bookings fail |\n| 10:20 | Rollback |\n\n</details>\n\n## Root cause\n\n<details>\n<summary><strong>Root cause and contributing factors</strong></summary>\n\nThe fare cache had no expiry.\n\n</details>\n\n## Action items\n\n- Expire the fare cache hourly (Li, 2027-01-10)\n';

  it('reads "<summary>Timeline</summary>" as a section beside the one above it', () => {
    expect(keys(details)).toEqual([['impact', 3], ['timeline', 8], ['rootCause', 17], ['actionItems', 26]]);
  });

  it('a toggle right under a heading is that heading\'s body, not a section of its own', () => {
    expect(bodyOf(details, 'rootCause')).toContain('The fare cache had no expiry.');
  });

  it('reads Notion glyph toggles ("▸ **Timeline**") as sections; day headings inside stay in the timeline', () => {
    const md = '# Bed board stale\n\n▸ **Summary**\n\n  The board stopped updating.\n\n▸ **Timeline**\n\n  ### Monday\n\n  - 22:40 — Sync stops.\n\n  ### Tuesday\n\n  - 00:10 — Key replaced.\n\n▸ **What went well**\n\n  - The hotline took every call.\n';
    expect(keys(md)).toEqual([['summary', 3], ['timeline', 7], ['whatWentWell', 17]]);
    expect(parsePostmortem(md).doc.timeline.entries).toHaveLength(2);
  });
});

describe('capital lines of an e-mail (round 13)', () => {
  const mail = 'From: Ana <ana@example.org>\nSubject: Review\n\nSUMMARY\n\nThe roster sync dropped two shifts.\n\nTIMELINE (local time)\n\n02:00 – Sync starts.\n02:04 – Sync skips 14 records.\n\nROOT CAUSE\n\nUnknown role codes were skipped with a warning.\n';

  it('reads "ROOT CAUSE" on a line of its own as the section when two or more capital lines name sections', () => {
    expect(keys(mail)).toEqual([['summary', 4], ['timeline', 8], ['rootCause', 13]]);
  });

  it('hard negative: a single capital line ("IMPORTANT" or "SUMMARY" alone) is not a heading', () => {
    expect(foreignMarkup('SUMMARY\n\nPlease read.\n\nIMPORTANT\n')).toBe('SUMMARY\n\nPlease read.\n\nIMPORTANT\n');
  });
});

describe('names and dates read elsewhere (round 13)', () => {
  it('reads a bold label whose name is taken by its bracketed gloss ("**What happened (timeline, UTC)**" after "**Summary**")', () => {
    const md = '**Summary**\n\nRatings were recalculated wrongly.\n\n**What happened (timeline, UTC)**\n\n- 02:00 – Job starts.\n- 02:41 – Job finishes.\n';
    expect(keys(md)).toEqual([['summary', 1], ['timeline', 5]]);
    expect(parsePostmortem(md).doc.timeline.entries).toHaveLength(2);
  });

  it('hard negative: a first heading keeps its own name over its gloss ("## Root cause (5 Whys)")', () => {
    expect(keys('# Q\n\n## Root cause (5 Whys)\n\nThe cache had no expiry.\n')).toEqual([['rootCause', 3]]);
  });

  it('an "**Attachments**" label after the action items is a section of its own, not more items', () => {
    const md = '# Q\n\n**Action items**\n\n- Add a hard stop on mismatch — owner: Niamh — due 2026-08-15\n\n**Attachments**\n\n- Crane telemetry report (PDF)\n';
    expect(parsePostmortem(md).doc.actionItems).toHaveLength(1);
  });

  it('dates the timeline from a house key in front matter ("incident_date: 2026-10-12")', () => {
    const md = '---\nincident_date: 2026-10-12\n---\n\n# Forms lost\n\n## Timeline\n\n- 18:36 Forms switched.\n';
    const doc = parsePostmortem(md).doc;
    expect(doc.meta.incidentDate).toBe('2026-10-12');
    expect(doc.timeline.entries[0]?.at?.slice(0, 10)).toBe('2026-10-12');
  });
});

describe('linear time (round 13)', () => {
  it('reads long runs of toggles, capitals and Jira marks in linear time', () => {
    const input = (n: number) => `h2. A\nh2. B\n${'▸ **X'.repeat(n / 5)}\n${'SUMMARY '.repeat(n / 8)}\n<summary>${'<'.repeat(n)}\n{panel:${'{'.repeat(n)}\n${'## A\n\n<details>\n'.repeat(n / 12)}${'<summary>Timeline</summary>\n\nx\n\n'.repeat(n / 40)}`;
    expect(growthRatio(input, (t) => foreignMarkup(t))).toBeLessThan(12);
    expect(growthRatio(input, (t) => parsePostmortem(t))).toBeLessThan(12);
  });
});
