import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 14: the document rules on whole post-mortems. A CMS's HTML export has its sections and its root
 * cause; a wiki link or a front-matter list is no placeholder; a recovery left running explains a short wait after it;
 * "Queue drained" at a gap's end says the draining ran through it.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rules = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);
const timeline = (rows: string[]) => `# Q\n\n## Timeline (UTC)\n\n${rows.map((r) => `- ${r}`).join('\n')}\n`;

describe('a CMS export in HTML (round 14)', () => {
  const cms = [
    '<h1>Ferry seats sold twice</h1>', // 1
    '',
    '<p class="byline">Published by Booking Platform · 3 March 2027</p>',
    '',
    '<h2 id="summary">Summary</h2>', // 5
    '',
    '<p>For 40 minutes the ferry booking page sold 31 seats twice (booking log, seat export).</p>',
    '',
    '<h2 id="impact">Impact</h2>',
    '',
    '<p>31 passengers double-booked; 31 refunds (payment export).</p>',
    '',
    '<h2 id="timeline">Timeline</h2>',
    '',
    '| Time | Event |',
    '|---|---|',
    '| 10:00 | Release 4.2 of the seat service deployed |',
    '| 10:03 | First seat sold twice |',
    '| 10:05 | Alert fires; on-call starts investigating |',
    '| 10:09 | Decision: roll back to 4.1 |',
    '| 10:12 | Rollback complete |',
    '',
    '<h2 id="root-cause">Root cause</h2>', // 23
    '',
    '<p>Root cause: the seat lock timeout was lowered from 30 s to 3 s in release 4.2.</p>',
    '',
    '<h2 id="went-well">What went well</h2>',
    '',
    '<ul>',
    '<li>The alert fired two minutes after the first double sale.</li>',
    '</ul>',
    '',
    '<h2 id="actions">Action items</h2>',
    '',
    '| Action | Owner | Due |',
    '|---|---|---|',
    '| Reject seat lock timeouts under 10 s in the seat service config schema | Ola | 2027-03-20 |',
  ].join('\n');

  it('has every section: none is reported missing', () => {
    expect(rules(cms, 'missing-section')).toEqual([]);
    expect(rules(cms, 'what-went-well-missing')).toEqual([]);
  });

  it('a value moved ("was lowered from 30 s to 3 s") under an HTML heading is a surface cause, reported on the heading', () => {
    expect(rules(cms, 'surface-cause')).toEqual([23]);
  });

  it('hard negative: the HTML tags of a byline are no words about a person', () => {
    expect(rules(cms, 'blame')).toEqual([]);
  });
});

describe('placeholders: links and lists are not slots (round 14)', () => {
  it('a wiki link ("[[Incident Reviews]]") is not a placeholder', () => {
    expect(rules('# Q\n\n## Summary\n\nSee also [[Incident Reviews]] and [[Matchmaking Runbook]].\n', 'placeholder')).toEqual([]);
  });

  it('hard twin: a bracketed prompt next to it still is', () => {
    expect(rules('# Q\n\n## Summary\n\nSee also [[Runbook]]. Owner: [Name]\n', 'placeholder')).toEqual([5]);
  });

  it('a front-matter list of values ("aliases: [Ferry double booking incident]") is not a placeholder', () => {
    expect(rules('---\ntitle: Ferry seats\naliases: [Ferry double booking incident]\ntags: [ferry, booking]\n---\n\n# Q\n', 'placeholder')).toEqual([]);
  });

  it('hard twin: a front-matter list holding the template\'s slot ("authors: [Name(s)]") is a placeholder', () => {
    expect(rules('---\ntitle: Ferry seats\nauthors: [Name(s)]\n---\n\n# Q\n', 'placeholder')).toEqual([3]);
  });
});

describe('timeline gaps (round 14)', () => {
  it('a recovery left running at a gap\'s start ("revert complete, ETAs recovering") explains a short wait', () => {
    expect(rules(timeline(['08:58 Revert complete, ETAs recovering.', '09:11 ETAs back at baseline.']), 'timeline-gap')).toEqual([]);
  });

  it('hard twin: it does not explain over a quarter of an hour', () => {
    expect(rules(timeline(['05:00 Temperatures recovering.', '06:20 Machines stopped.']), 'timeline-gap')).toEqual([6]);
  });

  it('"Queue drained" at a gap\'s end says the draining ran through it', () => {
    expect(rules(timeline(['04:31 Top-up confirmed; withdrawals resume.', '05:02 Queue drained.']), 'timeline-gap')).toEqual([]);
  });

  it('hard twin: "drained" before a noun ("resumes drained nodes") is how things stood, not a run that ended', () => {
    expect(rules(timeline(['02:40 Keytab installed.', '03:18 Scheduler resumes drained nodes.']), 'timeline-gap')).toEqual([6]);
  });
});

describe('root-cause sections (round 14)', () => {
  const md = (section: string) => `# Q\n\n## Summary\n\nThe ferry booking page sold seats twice.\n\n${section}\n\n## Action items\n\n- Reject seat lock timeouts under 10 s in the schema (Ola, 2027-03-20)\n`;

  it('a bold label under the heading ("**Root cause:** human error …") is reported on the label line', () => {
    expect(rules(md('## Root cause\n\n**Root cause:** human error during the manual fare update.\nI ran the script on the wrong host.'), 'surface-cause')).toEqual([9]);
  });

  it('hard twin: a setext heading\'s underline is not a sub-heading ("Root cause" / "----------")', () => {
    expect(rules(md('Root cause\n----------\n\nRoot cause: human error during the manual fare update.'), 'surface-cause')).toEqual([7]);
  });

  it('hard twin: a plain "Root cause: …" line under the heading is reported on the heading', () => {
    expect(rules(md('## Root cause\n\nRoot cause: human error during the manual fare update.'), 'surface-cause')).toEqual([7]);
  });

  it('a bold line of its own ("**Root cause**") over "Root cause: a typo …" is the heading reported', () => {
    expect(rules(md('**Root cause**\n\nRoot cause: a typo in the fare rule regex.'), 'surface-cause')).toEqual([7]);
  });

  it('a root-cause section holding another ("## 4 Root cause analysis" / "### 4.1 Root cause") is reported on the inner one', () => {
    const doc = '# Summary\n\nThe ferry booking page sold seats twice.\n\n# 4 Root cause analysis\n\n## 4.1 Root cause\n\nRoot cause: human error during the manual fare update.\n\n## 4.2 Contributing factors\n\nThe update was rushed.\n';
    expect(rules(doc, 'surface-cause')).toEqual([7]);
  });

  it('the section\'s own text is judged without the 5 Whys under it', () => {
    const whys = '### 5 Whys\n\n1. Why were seats sold twice? Because the lock expired.\n2. Why did it expire? Because the timeout was 3 s.\n3. Why was it 3 s? Because Ola did not run the tests.';
    expect(rules(md(`## Root cause\n\nThe seat lock timeout in the config had a typo.\n\n${whys}`), 'surface-cause')).toContain(7);
  });

  it('a deploy of code ("a deploy of `seat-service` 4.2") and a value set on publishing are triggers', () => {
    expect(rules(md('**Root cause:** a deploy of `seat-service` 4.2 with the old lock path.'), 'surface-cause')).toEqual([7]);
    expect(rules(md('## Root cause\n\nThe root cause was the fare being published with `max_seats` set to 0.'), 'surface-cause')).toEqual([7]);
  });

  it('hard negative: a trigger with the safeguard it slipped past is a deeper cause', () => {
    expect(rules(md('## Root cause\n\nRoot cause: a typo in the fare rule, and no validation of fare rules before they go live.'), 'surface-cause')).toEqual([]);
  });
});

describe('template leftovers (round 14)', () => {
  it('a bracketed question of the template ("- [What didn\'t go well]") and a plural prompt ("[Lane numbers]") are placeholders', () => {
    expect(rules('# Q\n\n## What went wrong\n\n- [What didn\'t go well]\n\n| Field | Value |\n|---|---|\n| Gates affected | [Gate numbers] |\n', 'placeholder')).toEqual([5, 9]);
  });

  it('hard negative: a link with a question as its text ("[What we learned](url)") is not', () => {
    expect(rules('# Q\n\n## Lessons\n\nSee [What we learned](https://wiki.example/lessons) from the last outage.\n', 'placeholder')).toEqual([]);
  });

  it('a comment asking for the answer ("<!-- Answer here: what worked? -->") is a template prompt', () => {
    expect(rules('# Q\n\n## What went well\n\n<!-- Answer here: what worked? Detection, tools. -->\n', 'placeholder')).toEqual([5]);
  });

  it('"What went well" holding only a prompt, then the page footer after a rule ("---" / "*Activity: …*"), is missing', () => {
    const md = '# Q\n\n## Summary\n\nThe gates rejected passes.\n\n## What went well\n\n<!-- prompt: What worked? -->\n\n---\n*Activity: 4 comments · Watchers: 6*\n';
    expect(rules(md, 'what-went-well-missing')).toEqual([7]);
  });

  it('hard twin: a written "What went well" before the footer is not', () => {
    const md = '# Q\n\n## Summary\n\nThe gates rejected passes.\n\n## What went well\n\nThe gate alert paged within two minutes.\n\n---\n*Activity: 4 comments · Watchers: 6*\n';
    expect(rules(md, 'what-went-well-missing')).toEqual([]);
  });
});

describe('decision points (round 14)', () => {
  it('a thing that froze ("the progress screen froze") is no decision', () => {
    expect(rules(timeline(['02:00 Night audit runs.', '02:19 The audit is started again after the progress screen froze.', '02:24 Charges posted twice.']), 'timeline-decision-points')).toEqual([3]);
  });

  it('hard twin: pausing or freezing something is ("The sale was paused", "froze deploys")', () => {
    expect(rules(timeline(['23:00 Sale opens.', '23:01 Errors rise.', '23:02 The sale was paused.']), 'timeline-decision-points')).toEqual([]);
    expect(rules(timeline(['23:00 Sale opens.', '23:01 Errors rise.', '23:02 Ana froze deploys to the cart service.']), 'timeline-decision-points')).toEqual([]);
  });
});

describe('template notes and prompts (round 14)', () => {
  it('a template\'s note in the text ("💡 Notion template: fill in every section …") is a placeholder', () => {
    expect(rules('# Q\n\n💡 Notion template: fill in every section before the review. Delete this when done.\n\n## Summary\n\nThe gates failed.\n', 'placeholder')).toEqual([3]);
    expect(rules('# Q\n\n> _Instructions: fill in every section before the review._\n\n## Summary\n\nThe gates failed.\n', 'placeholder')).toEqual([3]);
  });

  it('hard negative: a sentence about a template is not ("The deploy template: we filled it in …")', () => {
    expect(rules('# Q\n\n## Summary\n\nThe gate config template was filled in by hand, which is how the typo got in.\n', 'placeholder')).toEqual([]);
  });

  it('comments that instruct ("<!-- Use the 5 Whys. …", "<!-- Remember: blameless …") and a list item that is only a prompt comment', () => {
    expect(rules('# Q\n\n## Root cause\n\n<!-- Use the 5 Whys. Keep asking until you reach a process cause. -->\n', 'placeholder')).toEqual([5]);
    expect(rules('# Q\n\n## Lessons\n\n<!-- Remember: blameless. Describe systems, not people. -->\n', 'placeholder')).toEqual([5]);
    expect(rules('# Q\n\n## Impact\n\n- 40 gates down for an hour.\n- <!-- Add: other sites affected? -->\n', 'placeholder')).toEqual([6]);
  });
});

describe('approximate times (round 14)', () => {
  it.each([
    ['shortly after 06:00 — error rate starts rising'],
    ['gegen 08:00 (around eight) — the log is checked'],
    ['Vormittag (late morning) — receipt confirmed'],
    ['early hours — board stable'],
  ])('"%s" is not a precise time', (entry) => {
    expect(rules(timeline(['05:50 Deploy starts.', entry, '09:00 Closed.']), 'timeline-precision')).toEqual([6]);
  });

  it('hard negative: "Morning shift took over at 07:00" is no day-part entry', () => {
    expect(rules(timeline(['05:50 Deploy starts.', '06:10 Alert fires.']) + '\nMorning shift took over at 07:00.\n', 'timeline-precision')).toEqual([]);
  });
});

describe('gaps and what ran before an entry (round 14)', () => {
  it('at a gap\'s start, "After investigating the logs, Ines finds …" says what ran before it, not after', () => {
    expect(rules(timeline(['14:58 After investigating the bidder logs, Ines finds the timeouts.', '15:20 Decision: lower the timeout.']), 'timeline-gap')).toEqual([6]);
  });

  it('hard twin: at a gap\'s end, "Press started after waiting on plate imaging" explains it', () => {
    expect(rules(timeline(['22:31 E-edition published.', '22:40 Press started after waiting on plate imaging.']), 'timeline-gap')).toEqual([]);
  });
});

describe('days on lines of their own, with no year (round 14)', () => {
  const twoDays = '# Q\n\n## Timeline (BST)\n\nFriday 25 September\n18:05 — Till updates to 6.2.\n19:00 — First sync after the update finds the old file.\n\nSaturday 26 September\n09:30 — Shop opens.\n11:42 — A customer phones the front desk about a missing book.\n';

  it('a day line above the entries ("Saturday 26 September") places them on that day: no order error', () => {
    expect(rules(twoDays, 'timeline-order')).toEqual([]);
  });

  it('hard twin: without the day line, 09:30 under 19:00 is out of order', () => {
    expect(rules(twoDays.replace('Saturday 26 September\n', ''), 'timeline-order')).toEqual([9]);
  });

  it('a start on one day and a call to the front desk on a later one give the detection lag', () => {
    expect(rules(twoDays, 'detection-lag')).toEqual([]);
  });
});

describe('a table\'s "Done when" column (round 14)', () => {
  const table = (done: string) => `# Q\n\n## Action items\n\n| # | What | Who | By when | Done when |\n|---|---|---|---|---|\n| 1 | Improve the launch dashboard with a panel for admissions per second | Jonas | 2027-10-02 | ${done} |\n`;

  it('a completion criterion in its own column makes the item measurable', () => {
    expect(rules(table('Panel live on the launch dashboard with a 250/s capacity line'), 'vague-action-item')).toEqual([]);
  });

  it('hard twin: the same item with that cell empty is still vague', () => {
    expect(rules(table(''), 'vague-action-item')).toEqual([7]);
  });
});
