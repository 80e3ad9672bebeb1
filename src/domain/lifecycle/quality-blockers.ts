/**
 * The quality errors that block publishing, one line per kind of problem: a draft with twenty
 * template prompts left reads "… on 20 lines (23, 36, 40, …)" instead of twenty lines.
 */

/** What a blocker needs of a linter finding. */
export type BlockingFinding = { rule: string; line: number; message: string };

/** One blocker per rule and message, in the order first found, naming the lines (the first eight). */
export function qualityBlockers(findings: readonly BlockingFinding[]): string[] {
  const groups = new Map<string, { rule: string; message: string; lines: number[] }>();
  for (const f of findings) {
    const key = `${f.rule}\n${f.message}`;
    const g = groups.get(key) ?? { rule: f.rule, message: f.message, lines: [] };
    g.lines.push(f.line);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ rule, message, lines }) => {
    if (lines.length === 1) return `quality error [${rule}] line ${lines[0]}: ${message}`;
    const shown = lines.slice(0, 8).join(', ') + (lines.length > 8 ? ', …' : '');
    return `quality error [${rule}] on ${lines.length} lines (${shown}): ${message}`;
  });
}
