import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 13: the document rules on the exports least like a template. A clean page in Jira markup, with HTML
 * toggles, Notion glyph toggles or an e-mail's capital headings has every section; a range glued with a hyphen
 * ("08:30-08:41") is a range, not a time at UTC-08:41; a timeline written as an indented block under a date line is
 * read; an entry that says its activity ran through a gap explains it.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rules = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);

const body = {
  summary: 'The bakery\'s checkout charged 12 customers twice for 40 minutes.',
  impact: '12 customers charged twice, refunded the same day (payment export, order log).',
  timeline: ['09:00 Newsletter sent.', '09:02 First double charge. Impact starts.', '09:06 Customer email reports it. Detected.', '09:09 Decision: close the order page.', '09:12 Order page closed. Impact ends.'],
  cause: 'The payment plugin retried slow payments without the first payment\'s idempotency key, and nothing checked for two charges on one order (plugin log, payment export).',
  well: 'The customer email reached the owner within minutes.',
  action: 'Turn off plugin retries and alert on two charges per order (Noah, 2027-01-15)',
};

describe('a clean page in other tools\' markup has every section (round 13)', () => {
  it('Jira wiki markup: h2. headings, a {panel} around the timeline table', () => {
    const md = `h1. Double charges at checkout\n\nh2. Summary\n\n${body.summary}\n\nh2. Impact\n\n${body.impact}\n\nh2. Timeline\n\n{panel:title=Times (CET)}\n||Time||Event||\n${body.timeline.map((t) => `|${t.slice(0, 5)}|${t.slice(6)}|`).join('\n')}\n{panel}\n\nh2. Root cause\n\n${body.cause}\n\nh2. What went well\n\n* ${body.well}\n\nh2. Action items\n\n* ${body.action}\n`;
    expect(rules(md, 'missing-section')).toEqual([]);
    expect(rules(md, 'what-went-well-missing')).toEqual([]);
    expect(rules(md, 'detection-lag')).toEqual([]);
  });

  it('HTML toggles: <details><summary>Timeline</summary> and a toggle under "## Root cause"', () => {
    const md = `# Double charges at checkout\n\n## Summary\n\n${body.summary}\n\n## Impact\n\n${body.impact}\n\n<details>\n<summary>Timeline (CET)</summary>\n\n${body.timeline.map((t) => `- ${t}`).join('\n')}\n\n</details>\n\n## Root cause\n\n<details>\n<summary>Root cause and contributing factors</summary>\n\n${body.cause}\n\n</details>\n\n## What went well\n\n- ${body.well}\n\n## Action items\n\n- ${body.action}\n`;
    expect(rules(md, 'missing-section')).toEqual([]);
    expect(rules(md, 'empty-section')).toEqual([]);
  });

  it('an e-mail with capital section lines and the timeline as an indented block under a date line', () => {
    const md = `From: Marguerite\nSubject: Review\n\nSUMMARY\n\n${body.summary}\n\nIMPACT\n\n${body.impact}\n\nTIMELINE\n\nSaturday 5 December 2026, CET\n\n${body.timeline.map((t) => `    ${t}`).join('\n')}\n\nROOT CAUSE\n\n${body.cause}\n\nWHAT WENT WELL\n\n- ${body.well}\n\nACTION ITEMS\n\n- ${body.action}\n`;
    expect(rules(md, 'missing-section')).toEqual([]);
    expect(rules(md, 'detection-lag')).toEqual([]);
    expect(rules(md, 'timeline-precision')).toEqual([]);
  });
});

describe('timeline shapes (round 13)', () => {
  it('a range glued with a hyphen ("08:30-08:41") is in order before the entry at its end', () => {
    const md = '# Queue\n\n## Timeline (BST)\n\n- 08:30-08:41 The report refresh takes the pool.\n- 08:41 Latency passes 30 s. Impact begins.\n- 08:44 Alert fires.\n';
    expect(rules(md, 'timeline-order')).toEqual([]);
  });

  it('hard negative: a range that runs past midnight ("23:50-00:10") is not read as a later entry', () => {
    const md = '# Q\n\n## Timeline (UTC)\n\n- 23:40 Batch starts.\n- 23:50-00:10 Batch retries.\n- 23:55 Alert fires.\n';
    expect(rules(md, 'timeline-order')).toEqual([]);
  });

  it('an entry that says its activity ran through the gap ("has been watching … since") explains it', () => {
    const md = '# Q\n\n## Timeline (UTC)\n\n- 11:10 Page reopened.\n- 11:31 Noah has been watching the payment log since the reopening; no more doubles.\n';
    expect(rules(md, 'timeline-gap')).toEqual([]);
  });

  it('hard negative: an entry after a gap that only says what happened then leaves the gap unexplained', () => {
    const md = '# Q\n\n## Timeline (UTC)\n\n- 11:10 Page reopened.\n- 11:31 Noah sees one more double charge in the payment log.\n';
    expect(rules(md, 'timeline-gap')).toEqual([6]);
  });
});

describe('action items and placeholders in exported pages (round 13)', () => {
  const items = (md: string) => parsePostmortem(md).doc.actionItems.map((a) => [a.owner, a.text]);

  it('reads the person after their team and a colon as the owner ("— Quality: Hamid Rahimi, by 9 October 2026")', () => {
    const md = '# Q\n\n## Action items\n\n- [ ] Pause the machine after the first part — **Quality: Hamid Rahimi**, by 9 October 2026\n';
    expect(items(md)).toEqual([['Quality: Hamid Rahimi', 'Pause the machine after the first part']]);
    expect(rules(md, 'action-item-owner')).toEqual([]);
    expect(rules(md, 'action-item-due')).toEqual([]);
  });

  it('reads a team of a few words and a quarter in closing brackets as owner and due ("(Public Works IT liaison, end of Q2 2026).")', () => {
    const md = '# Q\n\n## Recommendations\n\n1.  Add validation to the routing editor so that a category maps only\n    to a listed department (Public Works IT liaison, end of Q2 2026).\n';
    expect(items(md)).toEqual([['Public Works IT liaison', 'Add validation to the routing editor so that a category maps only to a listed department (end of Q2 2026)']]);
    expect(rules(md, 'action-item-due')).toEqual([]);
  });

  it('hard negative: a note in brackets that names no date is no owner ("(see the runbook, step 4)")', () => {
    expect(items('# Q\n\n## Action items\n\n- Add a check (see the runbook, step 4)\n')[0]?.[0]).toBeNull();
  });

  it('reads a "Recommendations" section as the action items', () => {
    expect(parsePostmortem('# Q\n\n## Recommendations\n\n1. Look into monitoring.\n').doc.actionItems).toHaveLength(1);
  });

  it('a Jira monospace span holding code ("{{booking.online=false}}") is no placeholder; a mustache prompt still is', () => {
    expect(rules('# Q\n\n## Timeline\n\n- 10:21 Online booking disabled (flag {{booking.online=false}}).\n', 'placeholder')).toEqual([]);
    expect(rules('# Q\n\n## Summary\n\n{{one-paragraph account of the incident}}\n', 'placeholder')).toEqual([5]);
  });
});

describe('markup leftovers and root causes in exported pages (round 13)', () => {
  it('a section holding only a Confluence note macro is empty, and the macro\'s instruction is a placeholder', () => {
    const md = 'h1. Review of the hive outage\n\nh2. Summary\n\n<ac:structured-macro ac:name="note"><ac:rich-text-body><p>Instruction: two or three sentences on what happened.</p></ac:rich-text-body></ac:structured-macro>\n\nh2. Impact\n\nTwelve hives lost telemetry for a day.\n';
    expect(rules(md, 'empty-section')).toEqual([3]);
    expect(rules(md, 'placeholder')).toEqual([5]);
  });

  it('hard negative: a Confluence status or info macro that gives no instruction is no placeholder', () => {
    const md = '<ac:structured-macro ac:name="status"><ac:parameter ac:name="title">REVIEWED</ac:parameter></ac:structured-macro>\n\n# Kiln\n\n## Summary\n\nThe kiln ran cold.\n';
    expect(rules(md, 'placeholder')).toEqual([]);
  });

  it('a toggle "Root cause" that says only "TBD" is empty; its </details> line is no text', () => {
    const md = '# Kiln\n\n## Summary\n\nThe kiln ran cold.\n\n<details>\n<summary>Root cause</summary>\n\nTBD\n\n</details>\n';
    expect(rules(md, 'empty-section')).toEqual([8]);
  });

  it('a root cause that stops at an update that wiped a setting is a surface cause', () => {
    const md = '# Cabinet\n\n## Root cause\n\nThe firmware update reset the access list, which is a known behaviour of this version.\n';
    expect(rules(md, 'surface-cause')).toEqual([3]);
  });

  it('a person\'s omission ("the crew did not check") is no missing safeguard: "Human error" with it is a surface cause', () => {
    const md = '# Launch\n\n## Root cause\n\nHuman error. The launch crew on square 15 did not check that the next square was still inflating.\n';
    expect(rules(md, 'surface-cause')).toEqual([3]);
  });

  it('hard negative: a system that did not check is a missing safeguard', () => {
    const md = '# Launch\n\n## Root cause\n\nA bad config value was pushed, and the scheduler did not check that adjacent squares were free.\n';
    expect(rules(md, 'surface-cause')).toEqual([]);
  });
});
