import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { isDefensive } from './defensive.rule.ts';
import { placeholdersIn } from './placeholder.patterns.ts';
import { lintPostmortem } from './index.ts';
import { QualityConfigSchema } from './quality.config.ts';

/**
 * Issue 16, round 30: readers and rules by shape — a defence that puts the failure out of the team's control, whatever
 * reason follows it; a part or a team put beyond question; a retro board's "To improve" column; a template's slots
 * written as choices, instructions with no article, masked counts, "[X]" after words, "_TBD_"; a
 * timeline of times relative to a stated start ("T+0", "+58m", "1h05m in"); a gap explained in Norwegian,
 * German, Spanish and other languages; "peu après 6 h 30" and other approximate times; a headingless
 * chat post's forward-looking bullets as its action items. Every sentence here is written for the test.
 */
const lint = (text: string) => {
  const { doc } = parsePostmortem(text);
  return { doc, findings: lintPostmortem(doc, text, { config: QualityConfigSchema.parse({}) }) };
};

describe('a failure put out of the team\'s control (round 30)', () => {
  it.each([
    'The late alert was outside our control, since the carrier only sends its report at noon.',
    'The registry was down, so this was outside of our control.',
    'This was beyond our control; the DNS provider changed the record.',
    "The rollback was outside the mobile team's control; releases go through the store review.",
    'The cache stayed stale, which was out of our control once the CDN had it, there is no way to purge a region alone.',
  ])('"%s" defends', (s) => {
    expect(isDefensive(s)).toBe(true);
  });
  it.each([
    'The drift was not outside our control: the gap is in our own checklist.',
    'The crane stood outside the control room all week.',
    'We moved the alerting outside our control plane cluster.',
    'The queue was out of our control, and the gap is in our runbook, which never covered a full queue.',
  ])('"%s" does not', (s) => {
    expect(isDefensive(s)).toBe(false);
  });
});

describe('a part or a team put beyond question (round 30)', () => {
  it.each([
    'The billing cluster performed as expected throughout the night.',
    'The ticket printer functioned correctly throughout and is not a factor.',
    "The carrier's gateway performed as expected within its agreed capacity.",
    'Control AC-4 operated as expected during the period.',
    'As expected with Kafka, consumers rebalance after a broker restart.',
    'Honestly nobody could have prevented this, the storm took the line down.',
    'So the night shift team could not have caught this any sooner.',
    'Wir haben alle Regeln korrekt eingehalten.',
    'Humne release runbook sahi se follow kiya tha, hamari side se kuch galat nahi hua.',
  ])('"%s" defends', (s) => {
    expect(isDefensive(s)).toBe(true);
  });
  it.each([
    'The failover worked as expected.',
    'The pager worked correctly and woke the on-call in two minutes.',
    'As expected, traffic came back after the fix.',
    'We could not have caught this, because there was no alert on the queue.',
    'The shift could not have spotted it without a per-node disk graph.',
  ])('"%s" does not', (s) => {
    expect(isDefensive(s)).toBe(false);
  });
});

describe('a retro board\'s "To improve" column (round 30)', () => {
  it('is what went wrong, its cards read as that section', () => {
    const doc = ['Retro board export', '', 'WENT WELL (2 cards)', '- Rollback was quick', '- Alerts fired', '', 'TO IMPROVE (2 cards)', '- We followed the deploy checklist correctly, so this was not our fault', '- Canary was skipped'].join('\n');
    const { doc: d, findings } = lint(doc);
    expect(d.sections.map((s) => s.key)).toContain('whatWentWrong');
    expect(findings.some((f) => f.rule === 'defensive' && f.line === 8)).toBe(true);
  });
  it('a heading that only holds "to improve" in a longer name is not that column', () => {
    const { doc } = lint(['# X', '', '## Actions to improve resilience', '', '- Add a canary stage'].join('\n'));
    expect(doc.sections.find((s) => s.heading.includes('resilience'))?.key).toBe('actionItems');
  });
});

describe('a template\'s slots left in (round 30)', () => {
  it.each([
    'How we noticed: [Pager / customer email / staff on site]',
    '[Select one]',
    'All times in [timezone].',
    'Customers affected: [XX accounts]',
    'Refunds: [Betrag Erstattungen €X]',
    '| 10:40 | [add further entries] |',
    'Outage length: \\[X\\] minutes',
    'Owner: _TBD_',
  ])('"%s" holds a placeholder', (line) => {
    expect(placeholdersIn(line, new Set())).not.toEqual([]);
  });
  it.each([
    '- [X] Roll back the release',
    '| [X] | Pager rotation fixed |',
    'The vendor wrote "it is [sic] resolved" at 10:05.',
    'See the [runbook](https://example.com/rb) for the steps.',
    'Ownership moved to MY_TBD_QUEUE last year.',
    'We met in [Room 4] after the call.',
  ])('"%s" holds none', (line) => {
    expect(placeholdersIn(line, new Set())).toEqual([]);
  });
});

describe('a timeline told from a stated start (round 30)', () => {
  const tl = (lines: string[]) => ['# Upload outage', '', '## Timeline', '', 'Times are from the first failed upload (T+0).', '', ...lines].join('\n');
  it('reads "T+0", "+Nm", "+1h10m" and "1h20m in" as minutes after the start, and finds the gap between them', () => {
    const { doc, findings } = lint(tl(['- **T+0** — First upload fails', '- **+4m** — Pager fires for the upload queue', '- **+9m** — On-call joins', '- **+1h10m** — Config change rolled out', '- **1h14m in** — Uploads healthy again']));
    expect(doc.timeline.entries.map((e) => e.asWritten)).toEqual(['T+0', '+4m', '+9m', '+1h10m', '1h14m in']);
    expect(findings.filter((f) => f.rule === 'timeline-gap').map((f) => f.line)).toEqual([10]);
    expect(findings.some((f) => f.rule === 'timeline-order')).toBe(false);
  });
  it('a sum or a length in prose is no time: "+5% errors", "3 min in total", "+10 more tickets"', () => {
    const { doc } = lint(tl(['- +5% errors on checkout', '- 3 min in total downtime', '- +10 more tickets']));
    expect(doc.timeline.entries).toEqual([]);
  });
});

describe('a gap explained in another language (round 30)', () => {
  const tl = (mid: string, end: string) => ['# Billetter', '', '## Tidslinje', '', '| Tid | Hendelse |', '|---|---|', '| 08:00 | Utrulling startet. |', `| 08:05 | ${mid} |`, `| 09:10 | ${end} |`].join('\n');
  const gaps = (mid: string, end: string) => lint(tl(mid, end)).findings.filter((f) => f.rule === 'timeline-gap').length;
  it.each([
    ['Vi venter på at appene synker.', 'Appene er oppdatert.'],
    ['Wir warten auf den Import.', 'Import erledigt.'],
    ['Seguimos esperando al proveedor.', 'Proveedor responde.'],
    ['Kunden meldet feil.', 'Import ferdig (jobben tok 60 minutter).'],
    ['Das Team überwacht die Fehlerrate.', 'Fehlerrate normal.'],
  ])('"%s" / "%s" fills the hour', (mid, end) => {
    expect(gaps(mid, end)).toBe(0);
  });
  it('a monitoring system named in passing or an analyst explains nothing', () => {
    expect(gaps('Das Überwachungssystem zeigt den alten Wert.', 'Die Schicht bemerkt den Fehler.')).toBe(1);
    expect(gaps('Finance analyst opens the report.', 'The totals are compared.')).toBe(1);
  });
});

describe('shortly after or before a time, in French, Spanish, Portuguese, Italian, Dutch, German (round 30)', () => {
  const tl = (when: string) => ['# Panne', '', '## Timeline', '', '| Heure | Événement |', '|---|---|', '| 06:00 | Début de la panne |', `| ${when} | Premiers appels reçus |`, '| 06:40 | Retour à la normale |'].join('\n');
  it.each(['peu après 6 h 30', 'poco después de las 6:30', 'pouco depois das 6h30', 'poco dopo le 6:30', 'kort na 06:30', 'kurz vor 6:30'])('"%s" is that time, approximate', (when) => {
    const { doc, findings } = lint(tl(when));
    expect(doc.timeline.entries[1]?.precision).toBe('approximate');
    expect(findings.some((f) => f.rule === 'timeline-precision' && f.line === 8)).toBe(true);
  });
  it('"6:30" alone is exact to the minute', () => {
    expect(lint(tl('06:30')).doc.timeline.entries[1]?.precision).toBe('minute');
  });
});

describe('a headingless chat post\'s forward-looking bullets (round 30)', () => {
  const post = (bullets: string[]) => [':warning: *Checkout errors last night*', '', ...bullets.map((b) => `• ${b}`)].join('\n');
  it('a bullet opening with a label looking ahead or with the team\'s duty is an item; the notes around it are not', () => {
    const { doc } = lint(post(['card payments failed for 20 min after the 22:00 deploy', 'rollback fixed it', 'next time: run the smoke test before the switch', 'and we should add an alert on the decline rate', 'thanks all :heart:']));
    expect(doc.actionItems.map((a) => [a.line, a.text])).toEqual([
      [5, 'next time: run the smoke test before the switch'],
      [6, 'and we should add an alert on the decline rate'],
    ]);
  });
  it('a post with no such bullet has no items, and a post with an action section keeps its own', () => {
    expect(lint(post(['card payments failed', 'rollback fixed it'])).doc.actionItems).toEqual([]);
    const withSection = ['# Checkout errors', '', '## Notes', '', '- we should add an alert', '- rollback fixed it', '', '## Action items', '', '- Add a decline-rate alert (owner: Ana)'].join('\n');
    expect(lint(withSection).doc.actionItems.map((a) => a.text)).toEqual(['Add a decline-rate alert']);
  });
});

describe('linear time on the round 30 forms', () => {
  it('control stays linear on long runs', () => {
    const control = (n: number) => `## Summary\n\n${'It was outside the a b team control. '.repeat(n)}${'outside of the '.repeat(n)}\n`;
    expect(growthRatio(control, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('slots stays linear on long runs', () => {
    const slots = (n: number) => `## Impact\n\n${'[a / b] [add c d] [XX e] _TBD_ '.repeat(n)}[${'a / '.repeat(n)}\n`;
    expect(growthRatio(slots, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('relative stays linear on long runs', () => {
    const rel = (n: number) => `## Timeline\n\n${'- **+3m** — a\n- 1h05m in — b\n'.repeat(n)}- T+${'+ '.repeat(n)}\n`;
    expect(growthRatio(rel, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('foreign gap stays linear on long runs', () => {
    const gap = (n: number) => `## Timeline\n\n- 08:00 a\n- 09:00 ${'venter '.repeat(n)}ferdig ${'9 '.repeat(n)}\n- 10:00 b\n`;
    expect(growthRatio(gap, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('forward bullets stays linear on long runs', () => {
    const fwd = (n: number) => `${'• a note\n• we need to add a check\n'.repeat(n)}• going forward: ${'we '.repeat(n)}\n`;
    expect(growthRatio(fwd, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('beyond question stays linear on long runs', () => {
    const beyond = (n: number) => `## Summary\n\n${'The a b performed as expected within its a b '.repeat(n)}${'the team could not have caught '.repeat(n)}x\n`;
    expect(growthRatio(beyond, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
});
