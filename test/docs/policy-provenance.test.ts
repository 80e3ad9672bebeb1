/**
 * docs/policy.md holds the provenance the web app leaves out: every default rule with the
 * process documents it comes from (as the code cites them), every default deadline source
 * in the deadline table, and each cited document named.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_SOURCES, MILESTONES, RULE_IDS, RULES } from '../../src/domain/policy/index.ts';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/policy.md'), 'utf8');

/** The rows of the table whose header row starts with `header`, each as its trimmed cells. */
function table(header: string): string[][] {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${header} |`));
  expect(start, `a table headed "${header}"`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  return lines.slice(start, end).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
}

/** The row of `rows` whose first cell is `first`. */
const row = (rows: string[][], first: string): string[] | undefined => rows.find((r) => r[0] === first);

describe('docs/policy.md, the provenance of the default policy', () => {
  it('names each default rule with the documents the code cites for it', () => {
    const rules = table('id | default level');
    for (const id of RULE_IDS) {
      const cells = row(rules, `\`${id}\``);
      expect(cells, `rule ${id} has no row in the Rules table`).toBeDefined();
      expect(cells!.at(-1)!.split(/,\s*/), `seeds of rule ${id}`).toEqual(RULES[id].seeds);
    }
  });

  it('shows each default deadline source under its document', () => {
    const deadlines = table('milestone | seed 000');
    const header = deadlines[0]!;
    for (const m of MILESTONES) {
      const cells = row(deadlines, `\`${m}\``);
      expect(cells, `milestone ${m} has no row in the deadline table`).toBeDefined();
      for (const source of DEFAULT_DEADLINE_SOURCES.filter((s) => s.milestone === m)) {
        const cell = cells![header.indexOf(`seed ${source.seed}`)];
        expect(cell, `${m} from seed ${source.seed}`).toBeDefined();
        expect(cell, `${m} from seed ${source.seed}`).not.toBe('—');
      }
    }
  });

  it('names the process document behind every seed the defaults cite', () => {
    const cited = new Set([...RULE_IDS.flatMap((id) => RULES[id].seeds), ...DEFAULT_DEADLINE_SOURCES.map((s) => s.seed), '003', '004']);
    const documents = table('seed | process document');
    for (const seed of cited) expect(row(documents, `\`${seed}\``)?.[1], `seed ${seed}`).toMatch(/^"[^"]+"/);
  });
});
