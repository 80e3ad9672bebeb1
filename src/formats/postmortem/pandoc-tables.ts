// Word → pandoc exports: simple tables rewritten as pipe tables before Markdown reads them.

/** A pandoc simple table's rule: two or more runs of dashes set apart by spaces ("  -------  ---------------"). */
const SIMPLE_RULE = /^ {0,3}-{2,}(?: {1,40}-{2,}){1,30} *$/;

/**
 * Round 11: a pandoc simple table (Word → pandoc), which Markdown reads as a setext heading and a paragraph: a header
 * line, a rule of dash runs, then rows whose cells stand apart by two or more spaces, up to a blank line. Rewritten as
 * a pipe table on the same lines, so every row keeps its line.
 */
export function pandocTables(markdown: string): string {
  if (!markdown.includes('--')) return markdown;
  const lines = markdown.split('\n');
  let changed = false;
  for (let i = 1; i < lines.length; i++) {
    const rule = lines[i]!;
    const head = lines[i - 1]!;
    if (!SIMPLE_RULE.test(rule) || head.trim() === '' || head.includes('|')) continue;
    const runs: number[] = [];
    for (const m of rule.matchAll(/-+/g)) runs.push(m.index);
    const cellsOf = (line: string): string[] => {
      const split = line.trim().split(/ {2,}|\t+/);
      if (split.length === runs.length) return split;
      return runs.map((at, k) => line.slice(at, runs[k + 1] ?? line.length).trim());
    };
    const row = (line: string): string => `| ${cellsOf(line).map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    lines[i - 1] = row(head);
    lines[i] = `|${runs.map(() => '---').join('|')}|`;
    let j = i + 1;
    for (; j < lines.length && lines[j]!.trim() !== ''; j++) lines[j] = SIMPLE_RULE.test(lines[j]!) ? '' : row(lines[j]!);
    changed = true;
    i = j;
  }
  return changed ? lines.join('\n') : markdown;
}
