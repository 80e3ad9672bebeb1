import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 19: the document rules on whole post-mortems in the shapes of this round (Org-mode and AsciiDoc
 * documents, tables pasted from Word with tabs, an abbreviated weekday with a day part, a "follow-up review" section,
 * timeline gaps whose entries name no activity in the interval).
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rules = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);
const timeline = (rows: readonly string[]) => ['## Timeline', '', '| Time (UTC) | Event |', '|---|---|', ...rows].join('\n');

describe('an Org-mode document (round 19)', () => {
  const org = [
    '#+TITLE: Greenhouse irrigation stopped',
    '',
    '* Summary',
    'The irrigation controller stopped watering bay 3 for four hours.',
    '* Impact',
    '- 1,200 seedlings lost',
    '* Timeline',
    '- 05:00 :: watering cycle starts',
    '- 05:02 :: valve controller reboots on a firmware watchdog',
    '* Root cause',
    'A firmware watchdog restarted the valve controller.',
    '* Action items',
    '** TODO Improve monitoring',
    '** TODO Add a flow-rate alert on bay 3 when the rate is 0 for 10 minutes during a cycle',
    '   Owner: Priya Nair',
    '   DEADLINE: <2027-04-02 Fri>',
  ].join('\n');

  it('finds its sections (no missing-section) and reads TODO headings as action items, not placeholders', () => {
    expect(rules(org, 'missing-section')).toEqual([]);
    expect(rules(org, 'placeholder')).toEqual([]);
    expect(rules(org, 'vague-action-item')).toEqual([13]);
    expect(rules(org, 'action-item-owner')).toEqual([13]);
    expect(rules(org, 'action-item-due')).toEqual([13]);
  });
});

describe('an AsciiDoc document (round 19)', () => {
  const adoc = [
    '= Parcel lockers offline',
    ':toc:',
    '',
    '== Summary',
    '',
    'Lockers in the east region refused pickups for an hour.',
    '',
    '== Impact',
    '',
    'TBD',
    '',
    '== Timeline',
    '',
    '|===',
    '|Time |Event',
    '',
    '|Sat 09:00 |Certificate on the locker gateway expires',
    '|Sat 09:40 |On-call paged by the pickup-failure alert',
    '|===',
  ].join('\n');

  it('reads "==" sections, an empty one, and a "|===" timeline table', () => {
    expect(rules(adoc, 'missing-section').length).toBeLessThan(5);
    expect(rules(adoc, 'empty-section')).toEqual([8]);
    expect(rules(adoc, 'timeline-gap')).toEqual([18]);
  });
});

describe('a table pasted from Word with tabs (round 19)', () => {
  it('reads each tab-separated row as a table row on its own line', () => {
    const md = ['## Action items', '', 'Action\tOwner\tDue', 'Improve testing\t-\tTBD', 'Add a schema check to the import job (CI fails on an unknown column)\tMarta Ruiz\t2027-02-11'].join('\n');
    expect(rules(md, 'action-item-owner')).toEqual([4]);
    expect(rules(md, 'action-item-due')).toEqual([4]);
    expect(rules(md, 'vague-action-item')).toEqual([4]);
  });

  it('reads an abbreviated weekday with a day part ("Tue morning") as an imprecise time', () => {
    const md = ['## Timeline', '', 'Time\tEvent', 'Mon 16:20\tRelease goes live', 'Tue morning\tCustomers report missing orders', 'Tue 11:02\tSupport escalates to on-call'].join('\n');
    expect(rules(md, 'timeline-precision')).toEqual([5]);
  });
});

describe('a "follow-up review" section (round 19)', () => {
  it('is the review meeting, not the action items', () => {
    const md = [
      '## Action items',
      '',
      '| Action | Owner | Due |',
      '|---|---|---|',
      '| Add a connection cap of 200 per pod in redis.yaml | Ana Silva | 2027-01-10 |',
      '',
      '## Follow-up review',
      '',
      'This document will be revisited at the 2027-02-01 review, when the action should be complete.',
    ].join('\n');
    expect(rules(md, 'action-item-owner')).toEqual([]);
    expect(rules(md, 'action-item-due')).toEqual([]);
  });
});

describe('timeline gaps whose entries name no activity in the interval (round 19)', () => {
  it('reports a gap after an entry noted as backfilled', () => {
    expect(rules(timeline(['| 02:00:05 | Incident started (backfilled) |', '| 02:16:40 | Alert fires on stale positions |']), 'timeline-gap')).toEqual([6]);
  });

  it('reports a gap before a status page\'s state ("Status page updated: Investigating")', () => {
    expect(rules(timeline(['| 02:30 | On-call acknowledged |', '| 02:45 | Status page updated: Investigating |']), 'timeline-gap')).toEqual([6]);
    expect(rules(timeline(['| 02:30 | On-call acknowledged |', '| 02:45 | Still investigating the cache |']), 'timeline-gap')).toEqual([]);
  });

  it('reports a gap before a restore from a snapshot taken at a clock time', () => {
    expect(rules(timeline(['| 04:00 | Escalated to the vendor |', '| 04:18 | Table restored from 03:00 snapshot |']), 'timeline-gap')).toEqual([6]);
  });

  it('explains a gap after "still no alert": the time nobody noticed', () => {
    expect(rules(timeline(['| 06:00 | Billing run starts with missing readings; still no alert |', '| 07:55 | Batch validation flags missing reads |']), 'timeline-gap')).toEqual([]);
  });
});

describe('action items exported as CSV in a fence (round 19)', () => {
  it('reads each record as an action item on its own line', () => {
    const md = ['## Action items', '', '```csv', 'id,action,owner,due', 'OPS-1,"Add a disk alert at 80% on db-1, paging on-call",Lea Roth,2027-03-01', 'OPS-2,Improve monitoring,,', '```'].join('\n');
    expect(rules(md, 'action-item-owner')).toEqual([6]);
    expect(rules(md, 'action-item-due')).toEqual([6]);
    expect(rules(md, 'vague-action-item')).toEqual([6]);
  });
});

describe('template prompts (round 19)', () => {
  it('reads a bracketed instruction to the writer as a placeholder', () => {
    expect(rules(['## Timeline', '', '- 10:00 — deploy starts', '- 10:30 — [add the point where the alert fired]'].join('\n'), 'placeholder')).toEqual([4]);
    expect(rules(['## Summary', '', 'The [add-on store] was down.'].join('\n'), 'placeholder')).toEqual([]);
  });

  it('reads a bilingual comment whose English half is the prompt', () => {
    expect(rules(['## What went well', '', '<!-- 良かった点を書く / write what went well -->'].join('\n'), 'placeholder')).toEqual([3]);
  });
});

describe('a day part in another language glossed in English (round 19)', () => {
  it('reads "por la mañana (morning)" in a time cell as an imprecise time', () => {
    expect(rules(timeline(['| 06:00 | Roster published |', '| por la mañana (morning) | Nurses call the coordinators |', '| 09:10 | Coordinators find the gap |']), 'timeline-precision')).toEqual([6]);
  });
});

describe('surface causes of this round\'s forms (round 19)', () => {
  const cause = (text: string) => rules(['## Root cause', '', text].join('\n'), 'surface-cause');

  it('reads a part that wore out, an upgrade named by its versions, a setting left on as triggers', () => {
    expect(cause('Root cause: the gateway battery went flat.')).toEqual([1]);
    expect(cause('The camera SDK upgrade from 2.1.0 to 2.2.0.')).toEqual([1]);
    expect(cause('A bypass left enabled on pump 3 after maintenance.')).toEqual([1]);
  });

  it('keeps a cause with the safeguard that was missing', () => {
    expect(cause('The gateway battery went flat because no alert watches battery voltage and the replacement schedule has no owner.')).toEqual([]);
  });
});

describe('an alerting tool\'s own timeline rows (round 19)', () => {
  it('reads "Alert created" as the detection, so the lag can be read off', () => {
    expect(rules(timeline(['| 07:31 | First handshake failures in the gateway log |', '| 07:42 | Alert created: rejection rate > 20% |', '| 07:44 | Alert acknowledged |']), 'detection-lag')).toEqual([]);
  });
});

describe('a table of contents (round 19)', () => {
  it('is no evidence: links to the page\'s own headings back nothing', () => {
    const md = ['[Impact](#impact)', '[Root cause](#root-cause)', '', '## Impact', '', 'TBD', '', '## Root cause', '', 'The tariff table was overwritten during the change window.'].join('\n');
    expect(rules(md, 'no-evidence').length).toBeGreaterThan(0);
  });
});
