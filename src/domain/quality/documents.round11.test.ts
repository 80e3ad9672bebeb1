import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { proseLines } from './lint.context.ts';
import { readSource } from './source-text.ts';

/**
 * Issue 16, round 11: what the document rules read in chat posts and tracker exports. A bold or italic label on a line
 * of its own is a heading, never the start of the sentence below it; a post-mortem written inside a quote (a pinned
 * chat post) is the author's own text; a call to the on-call or a ticket raised is a detection; a Jira header row
 * separates its cells with two pipes.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rules = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);

describe('label lines and quoted posts in the prose readers (round 11)', () => {
  it('reports blame on the sentence\'s own line, not on the bold label above it', () => {
    const md = '# Billing ran twice\n\n**Root cause**\nOps fat-fingered the cron entry again and nobody checked.\n';
    expect(rules(md, 'blame')).toEqual([4]);
  });

  it('hard negative: a line that only opens with bold words runs on into the next line as one sentence', () => {
    const md = '# Billing ran twice\n\n**Dave** was, as usual, far too careless\nwith the cron entry when he moved the job.\n';
    expect(rules(md, 'blame')).toEqual([3]);
  });

  it('reads a post-mortem written inside a quote (a pinned chat post) as the author\'s text', () => {
    const md = '**#inc-billing** pinned by Li\n\n> **what happened:** the job ran twice\n> **root cause:** Dave was careless with the cron entry, as usual\n';
    expect(rules(md, 'blame')).toEqual([4]);
  });

  it('hard negative: a quote under a section of the author\'s is still a quoted example', () => {
    const md = '# Billing ran twice\n\n## Lessons\n\nAvoid writing this:\n\n> Dave was careless with the cron entry, as usual.\n';
    expect(rules(md, 'blame')).toEqual([]);
  });
});

describe('detection in other words (round 11)', () => {
  const doc = (entry: string) => `# Billing ran twice\n\n## Timeline\n\n- 09:10 Second run of the billing job starts\n- 09:40 ${entry}\n- 09:55 Job stopped\n`;

  it.each([
    'The finance desk calls the platform on-call about double charges',
    'Support raises BILL-204 about double charges',
    'Support opens a ticket about double charges',
  ])('reads "%s" as the detection: the lag can be read off', (entry) => {
    expect(rules(doc(entry), 'detection-lag')).toEqual([]);
  });

  it.each(['The finance desk calls the bank about the refunds', 'Li opens the billing dashboard'])('hard negative: "%s" is no detection', (entry) => {
    expect(rules(doc(entry), 'detection-lag')).toHaveLength(1);
  });
});

describe('Jira tables in the action-item rules (round 11)', () => {
  it('reads the due column of a Jira table by its header, so a date in words there is a due date', () => {
    const md = '# Billing ran twice\n\n## Action items\n\n||Action||Assignee||Due||\n|Lock the billing job so that a second run exits at once|Li|end of Q1|\n';
    expect(rules(md, 'action-item-due')).toEqual([]);
  });

  it('hard negative: an empty due cell of a Jira table is no due date', () => {
    const md = '# Billing ran twice\n\n## Action items\n\n||Action||Assignee||Due||\n|Lock the billing job so that a second run exits at once|Li||\n';
    expect(rules(md, 'action-item-due')).toEqual([6]);
  });
});

describe('order across days (round 11)', () => {
  it('orders "Mon 02/11" before "Tue 03/11" whatever the clock says', () => {
    const md = '# Billing ran twice\n\n## Timeline\n\n| When | What |\n|---|---|\n| Mon 02/11 18:30 | Job runs |\n| Tue 03/11 08:10 | Finance reports double charges |\n';
    expect(rules(md, 'timeline-order')).toEqual([]);
  });

  it('hard negative: "Tue 03/11 08:10" above "Mon 02/11 18:30" is out of order', () => {
    const md = '# Billing ran twice\n\n## Timeline\n\n| When | What |\n|---|---|\n| Tue 03/11 08:10 | Finance reports double charges |\n| Mon 02/11 18:30 | Job runs |\n';
    expect(rules(md, 'timeline-order')).toEqual([8]);
  });
});

describe('root causes and due dates in other layouts (round 11)', () => {
  it('a root cause that stops at "human error" is a surface cause even beside a 5 Whys chain too short to count', () => {
    const md = '# Billing ran twice\n\n## Root cause\n\nHuman error. The wrong cron file was deployed.\n\n## Five whys\n\n1. Why twice? Because two crons ran.\n2. Why two? Because the old one stayed.\n3. Why did it stay? Because the move had no checklist.\n';
    expect(rules(md, 'surface-cause')).toEqual([3, 7]);
  });

  it('hard negative: beside a full chain that reaches a missing safeguard, the root cause is carried deeper', () => {
    const whys = ['twice? Because two crons ran.', 'two? Because the old one stayed.', 'did it stay? Because the move had no checklist.', 'no checklist? Because moves were rare.', 'rare? Because hosts were never retired.'];
    const md = `# Billing ran twice\n\n## Root cause\n\nHuman error. The wrong cron file was deployed.\n\n## Five whys\n\n${whys.map((w, i) => `${i + 1}. Why ${w}`).join('\n')}\n`;
    expect(rules(md, 'surface-cause')).toEqual([]);
  });

  it('reads a due date in words in the last cell of a pandoc table row', () => {
    const md = '# Billing ran twice\n\n## Actions\n\n  Action                                  Owner         Due\n  --------------------------------------- ------------- -----------\n  Lock the billing job so a second run exits   Li Wei        next sprint\n';
    expect(rules(md, 'action-item-due')).toEqual([]);
  });

  it('hard negative: a pandoc row whose last cell is a dash has no due date', () => {
    const md = '# Billing ran twice\n\n## Actions\n\n  Action                                  Owner         Due\n  --------------------------------------- ------------- -----------\n  Lock the billing job so a second run exits   Li Wei        -\n';
    expect(rules(md, 'action-item-due')).toEqual([7]);
  });
});

describe('owners that name nobody (round 11)', () => {
  const owner = (who: string) => rules(`# Billing ran twice\n\n## Action items\n\n- Lock the billing job so a second run exits — ${who}, 2027-01-10\n`, 'action-item-owner');

  it.each(['someone from card ops', 'anyone on the team'])('"%s" is no owner', (who) => {
    expect(owner(who)).toEqual([5]);
  });

  it.each(['Someone Else', 'Anya Novak'])('hard negative: "%s" is an owner', (who) => {
    expect(owner(`Owner: ${who}`)).toEqual([]);
  });
});

describe('placeholders and instruction comments (round 11)', () => {
  const found = (line: string) => rules(`# Billing ran twice\n\n## Summary\n\n${line}\n`, 'placeholder');

  it.each([
    '<!-- Instructions: fill in every section below and delete this note. -->',
    '<!-- Template v2, payments guild. Fill every section before review. -->',
    '<!-- Two or three sentences: what broke and who noticed. -->',
    '\\[2--3 sentences: what happened and for how long.\\]',
    '*Customers affected:* X',
  ])('reports "%s"', (line) => {
    expect(found(line)).toEqual([5]);
  });

  it.each([
    '<!-- Reviewed by the payments guild on 3 Dec. -->',
    '[BILL-204] was raised by finance at 09:40.',
    'Show the balance age in the app ("last reading at HH:MM") so customers can tell.',
    'The exchange rate was X times higher than expected in the log excerpt.',
  ])('hard negative: "%s" is no placeholder', (line) => {
    expect(found(line)).toEqual([]);
  });

  it('hard negative: a lone "HH:MM" is still a placeholder', () => {
    expect(found('Started at HH:MM UTC.')).toEqual([5]);
  });
});

describe('done items (round 11)', () => {
  it('an item already done needs no owner and no due date', () => {
    const md = '# Billing ran twice\n\n## Action items\n\n- [x] Create the index concurrently (done 27 October, 15:12)\n';
    expect([...rules(md, 'action-item-owner'), ...rules(md, 'action-item-due')]).toEqual([]);
  });

  it('hard negative: an open item without an owner is still reported', () => {
    const md = '# Billing ran twice\n\n## Action items\n\n- [ ] Create the index concurrently on the orders table by 2027-01-10\n';
    expect(rules(md, 'action-item-owner')).toEqual([5]);
  });
});

describe('the round-11 document patterns run in linear time', () => {
  it.each([
    ['label lines', (n: number) => `# T\n\n${'**Root cause**\nOps broke it.\n'.repeat(n / 30)}`],
    ['quoted post', (n: number) => `> **root cause:** x\n${'> Dave was careless. '.repeat(n / 21)}\n`],
    ['detection words', (n: number) => `# T\n\n## Timeline\n\n- 09:10 x\n- 09:40 calls ${'the '.repeat(n / 4)}on-call\n`],
    ['pandoc due cell', (n: number) => `# T\n\n## Actions\n\n  a   b\n  --- ---\n  x${'  '.repeat(n / 2)}next\n`],
    ['quoted formats', (n: number) => `# T\n\n${'"abc HH:MM '.repeat(n / 11)}\n`],
    ['comment counts', (n: number) => `# T\n\n<!-- two ${'or '.repeat(n / 3)}sentences -->\n`],
    ['jira header', (n: number) => `# T\n\n## Action items\n\n||${'Due||'.repeat(n / 5)}\n|x|\n`],
  ])('%s: t(4n)/t(n) stays near 4', (_, input) => {
    expect(growthRatio(input, (t) => lint(t))).toBeLessThan(12);
  });
});

describe('a why question after a numbered chain (round 11)', () => {
  const chain = (fifth: string, after: string) =>
    `# Billing ran twice\n\n## 5 Whys\n\n1. Why twice? Because two crons ran.\n2. Why two? Because the old one stayed.\n3. Why did it stay? Because the move had no checklist.\n4. Why no checklist? Because moves were rare.\n5. Why was it not checked? ${fifth}\n\n${after}\n`;

  it('is a remark, not the chain\'s last step: the chain still ends on the person', () => {
    expect(lint(chain('Because Gary did not check the cron list.', 'Why did nobody on the team look at the cron list?')).filter((f) => f.rule === 'surface-cause').map((f) => f.line)).toEqual([9]);
  });

  it('hard negative: a chain that ends on a missing safeguard stays clean with the remark after it', () => {
    expect(rules(chain('Because the move had no step that lists the crons.', 'Why did nobody on the team look at the cron list?'), 'surface-cause')).toEqual([]);
  });
});

describe('numbered whys run in linear time (round 11)', () => {
  it('a 5 Whys of many numbered and unnumbered why lines: t(4n)/t(n) stays near 4', () => {
    const doc = (n: number) => `# T\n\n## 5 Whys\n\n${'1. Why x? Because Gary did.\nWhy y?\n'.repeat(n / 36)}`;
    expect(growthRatio(doc, (t) => lint(t))).toBeLessThan(12);
  });
});

describe('chat pasted as a quote or a code block (round 11)', () => {
  const texts = (md: string): string[] => proseLines(readSource(md, parsePostmortem(md).doc)).map((p) => p.text);

  it.each([
    ['> **sam.obi** 00:01: if ops had read the runbook we would be fine', 'if ops had read the runbook we would be fine'],
    ['    [09:16] chiara.l: typical, nobody in prod eng tells us anything', 'typical, nobody in prod eng tells us anything'],
    ['> **M. Hart, 09/11 10:02:** what was prepress even doing?', 'what was prepress even doing?'],
  ])('reads the message of "%s", without its sender', (line, message) => {
    expect(texts(`# Billing ran twice\n\n## Chat\n\n${line}\n`)).toContain(message);
  });

  it.each(['> Dave was careless with the cron entry, as usual.', '    ERROR 10:02 connection refused by db-1'])('hard negative: "%s" (a quoted example, a log line) is not read', (line) => {
    expect(texts(`# Billing ran twice\n\n## Lessons\n\nAvoid writing this:\n\n${line}\n`)).not.toContain(line.replace(/^>\s|^\s+/, ''));
  });

  it('a chat quote line of many words: t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `# T\n\n> ${'sam '.repeat(n / 4)}00:01: x\n`, (t) => texts(t))).toBeLessThan(12);
  });
});
