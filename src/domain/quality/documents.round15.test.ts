import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 15: the document rules on whole post-mortems. An outliner's export (every line a bullet) has its
 * sections; a bullet carrying the root-cause label is where a surface cause is reported; a defence that closes the root
 * cause ("the vendor's feed worked as designed, so nothing to change") is a defence, and not a deeper cause.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rules = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);

describe('an outliner export of nested bullets (round 15)', () => {
  const outline = [
    'title:: Library holds cancelled overnight', // 1
    'owner:: [[Ines Moreau]]',
    '',
    '- ## Summary', // 4
    '\t- 412 holds were cancelled by the nightly expiry job (job log).',
    '- ## Impact', // 6
    '\t- 412 patrons lost their place in the queue.',
    '- ## Timeline', // 8
    '\t- 02:00 Expiry job starts',
    '\t- 02:04 Decision: nobody paged; job left to finish',
    '- ## Root cause', // 11
    '\t- **Root cause:** a typo in the expiry setting.', // 12
    "\t- The supplier's scheduler ran as designed, so nothing to change there.", // 13
    '- ## What went well',
    '\t- The job log kept every cancelled hold.',
    '- ## Action items', // 16
    '\t- Reject expiry settings under one day in the config schema',
    '\t\t- Owner: Ines Moreau',
    '\t\t- Due: 2027-06-01',
  ].join('\n');

  it('has every section: none is reported missing', () => {
    expect(rules(outline, 'missing-section')).toEqual([]);
    expect(rules(outline, 'what-went-well-missing')).toEqual([]);
  });

  it('reports the surface cause on the bullet that carries the root-cause label', () => {
    expect(rules(outline, 'surface-cause')).toEqual([12]);
  });

  it('reads a possessive component that "ran as designed" as a defence, and the page properties as no placeholder', () => {
    expect(rules(outline, 'defensive')).toEqual([13]);
    expect(rules(outline, 'placeholder')).toEqual([]);
  });

  it('gives the nested owner and due date to their item', () => {
    expect(rules(outline, 'action-item-owner')).toEqual([]);
    expect(rules(outline, 'action-item-due')).toEqual([]);
  });
});

describe('a defence closing a declared root cause (round 15)', () => {
  const doc = (second: string) => `# Q\n\n## Root cause\n\nRoot cause: a typo in the route table. ${second}\n`;

  it('"so nothing to change" closes a defence: the declared trigger stays a surface cause', () => {
    expect(rules(doc("The carrier's router worked as designed, so nothing to change on their side."), 'surface-cause')).toEqual([3]);
  });

  it('twin: "so nothing caught it" names the gap', () => {
    expect(rules(doc('The route table has no schema, so nothing caught it.'), 'surface-cause')).toEqual([]);
  });
});

describe('metadata lines and page boxes are not judged for blame (round 15)', () => {
  const page = (head: string[]) => ['# Parcel lockers offline', '', ...head, '', '## Summary', '', 'Lockers were offline for an hour (locker log).', ''].join('\n');

  it('a tracker byline among fields ("`sev-2` · opened by @kim on … · 4 comments") and a canvas byline', () => {
    expect(rules(page(['`incident` `sev-2` · opened by @kvoss on 2027-01-04 · 3 comments']), 'blame')).toEqual([]);
    expect(rules(page(['Canvas in #lockers-incidents · last edited by @Mira Holm']), 'blame')).toEqual([]);
  });

  it('a field listing the people involved with their roles', () => {
    expect(rules(page(['**People involved:** @Ana Ruiz (incident lead), @Tom Berg (engineer on call, slow to answer)']), 'blame')).toEqual([]);
  });

  it('twin: a sentence that judges someone after the byline is still read', () => {
    expect(rules(page(['Opened by @kvoss · Tom ignored the page for an hour because he could not be bothered.']), 'blame')).not.toEqual([]);
  });

  it("a box's own markup lines ('!!! warning \"Near miss\"', ':::', '::: {#preamble}') join no sentence", () => {
    const md = page(['::: {#preamble}', '::: paragraph', 'Converted from the wiki. Draft 3.', ':::', ':::', '', '!!! warning "Near miss"', '    Nothing reached a customer.']);
    expect(rules(md, 'blame')).toEqual([]);
  });

  it('twin: a blaming sentence inside a warning box in the body is still read', () => {
    const md = `${page([])}\n## Root cause\n\n!!! warning "Careless"\n    Tom was careless and lazy; he ignored every warning on purpose, again.\n`;
    expect(rules(md, 'blame')).not.toEqual([]);
  });
});

describe('a root cause written as bold "Why …" labels that state their topic (round 15)', () => {
  const md = [
    '# Q',
    '',
    '## Contributing factors', // 3
    '',
    '**Why the change reached production.** The feed config has no test of its cache rules, and no owner reviews them.',
    '',
    '**Why detection was slow.** The probe alerts only after three stale checks in a row.',
    '',
    '**Why recovery took 20 minutes.** A rollback needs a full deploy; the runbook has no bypass step.',
  ].join('\n');

  it('is analysis, not a 5 Whys chain too short', () => {
    expect(rules(md, 'surface-cause')).toEqual([]);
  });

  it('twin: two why questions in the section are a chain, and a short one is reported', () => {
    const chain = md.replace('**Why the change reached production.**', '**Why did the change reach production?**').replace('**Why detection was slow.**', '**Why was detection slow?**');
    expect(rules(chain, 'surface-cause')).toEqual([3]);
  });
});

describe('timeline rows read as entries (round 15)', () => {
  const table = (rows: string[]) => `# Q\n\n## Timeline\n\n| Time | Who | What |\n|---|---|---|\n${rows.join('\n')}\n`;

  it("a milestone label after an entry's sentence ('… pages the on-call, Tomasz Berg. Detection.') is not read as a comment on the person", () => {
    const md = table(['| 22:19 | Desk | The shift supervisor pages the routing on-call, Tomasz Berg. Detection. |', '| 22:23 | Tomasz | Acknowledges and opens the planner admin page. Incident start. |']);
    expect(rules(md, 'blame')).toEqual([]);
  });

  it('a neutral row with the person in one cell and the act in the next stays clean', () => {
    expect(rules(table(['| 03:12 | Oksana | re-keys the HSM partition |', '| 03:20 | Oksana | Restarts the signing service |']), 'blame')).toEqual([]);
  });

  it('twin: a judgement in the next cell is read with the person', () => {
    expect(rules(table(['| 14:05 | Sam | finally answers the page, 40 minutes late, as usual |']), 'blame')).toEqual([7]);
  });
});

describe('a defence that first sets human error aside (round 15)', () => {
  it('"This was not human error: Ana followed the runbook as written, …" is the blameless framing, not a defence', () => {
    const md = '# Q\n\n## Root cause\n\nThis was not human error: Ana followed the runbook as written, and nothing tied step 4 to step 5.\n';
    expect(rules(md, 'defensive')).toEqual([]);
  });

  it('twin: "Ana followed the runbook as written." on its own defends', () => {
    expect(rules('# Q\n\n## Root cause\n\nAna followed the runbook as written.\n', 'defensive')).toEqual([5]);
  });
});

describe('a job that runs through a gap (round 15)', () => {
  const tl = (a: string, b: string) => `# Q\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | ${a} |\n| 10:40 | ${b} |\n`;

  it('started at the gap\'s start and "still running" at its end explains the gap', () => {
    expect(rules(tl('Copy job `copy-3` started (runbook step 5).', 'Cutover run; `copy-3` was still running, at 97%.'), 'timeline-gap')).toEqual([]);
  });

  it('twin: a job started, then an unrelated entry, leaves the gap unexplained', () => {
    expect(rules(tl('Copy job `copy-3` started (runbook step 5).', 'Cutover run; the index points at the new bucket.'), 'timeline-gap')).toEqual([8]);
  });
});

describe('"as expected" defences (round 15)', () => {
  const rc = (line: string) => `# Q\n\n## Root cause\n\n${line}\n`;

  it('"As expected, the <part> …" defends, whatever the part is called', () => {
    expect(rules(rc('As expected, the label printers picked up again once the template was back.'), 'defensive')).toEqual([5]);
  });

  it('twin: "as expected" about a number or a plan is no defence', () => {
    expect(rules(rc('Queue depth rose to 4,000, twice as high as expected for a Monday.'), 'defensive')).toEqual([]);
  });
});

describe('who wrote the page, as a sentence (round 15)', () => {
  it('"This review was written by … and reviewed by …" is not judged', () => {
    const md = '# Q\n\n## Acknowledgements\n\nThanks to the night shift. This review was written by Ola Berg and Tom Lind and reviewed by the duty managers.\n';
    expect(rules(md, 'blame')).toEqual([]);
  });

  it('twin: a sentence naming a person as the one who broke it is still read', () => {
    const md = '# Q\n\n## Root cause\n\nThe outage was caused by Ola, who carelessly ignored the runbook again.\n';
    expect(rules(md, 'blame')).not.toEqual([]);
  });
});
