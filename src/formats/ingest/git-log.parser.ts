import type { Warning } from '../../domain/timeline/event.types.ts';
import { readGitDate, type ReadTime } from './time.ts';

/** One commit read from `git log` output. */
export type GitCommit = { sha: string; time: ReadTime | null; author: string | null; subject: string; merge: boolean; line: number };

const COMMIT_LINE = /^[*|\\/ ]*commit ([0-9a-f]{7,64})\b/;
const HEX = /^[0-9a-f]{7,64}$/;

/** The text without its `<…>` parts (a scanner: a regex rescans to the end from every unclosed `<`). */
function withoutAngled(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<', from);
    if (open === -1) break;
    const close = text.indexOf('>', open + 1);
    if (close === -1) break;
    out += text.slice(from, open);
    from = close + 1;
  }
  return out + text.slice(from);
}

function personName(text: string): string | null {
  const name = withoutAngled(text).trim();
  return name === '' ? null : name;
}

/** `Name <email> 1709647200 +0000` (raw format) → name part and date text, read from the last `<…>`. */
function rawPerson(value: string): { name: string; date: string } | null {
  const gt = value.lastIndexOf('>');
  const lt = gt === -1 ? -1 : value.lastIndexOf('<', gt);
  if (lt === -1) return null;
  const date = /^\s*(\d+\s+[+-]\d{4})$/.exec(value.slice(gt + 1));
  return date?.[1] === undefined ? null : { name: value.slice(0, lt), date: date[1] };
}

/** An e-mail-like field: no spaces, an `@` with something on both sides. */
function looksLikeEmail(f: string): boolean {
  const at = f.indexOf('@', 1);
  return at !== -1 && at < f.length - 1 && !/\s/.test(f);
}

/** Default, medium, full, fuller and raw formats: blocks opened by `commit <sha>`. */
function parseBlocks(lines: string[]): GitCommit[] {
  const commits: GitCommit[] = [];
  let cur: (GitCommit & { dateText: string | null; parents: number }) | null = null;
  const flush = (): void => {
    if (cur === null) return;
    cur.time ??= cur.dateText === null ? null : readGitDate(cur.dateText);
    cur.merge ||= cur.parents > 1;
    commits.push({ sha: cur.sha, time: cur.time, author: cur.author, subject: cur.subject, merge: cur.merge, line: cur.line });
  };
  let graphWidth = 0;
  lines.forEach((rawLine, i) => {
    const start = COMMIT_LINE.exec(rawLine);
    // With --graph every line of a block carries the graph columns of its commit line.
    if (start !== null) graphWidth = rawLine.indexOf('commit ');
    const line = start === null && /^[*|\\/ _.-]*$/.test(rawLine.slice(0, graphWidth)) ? rawLine.slice(graphWidth) : rawLine;
    if (start !== null) {
      flush();
      const parents = line.slice(start[0].length).trim().split(/\s+/).filter((p) => HEX.test(p)).length;
      cur = { sha: start[1] ?? '', time: null, author: null, subject: '', merge: parents > 1, line: i + 1, dateText: null, parents };
      return;
    }
    if (cur === null) return;
    const header = /^(Merge|Author|AuthorDate|Commit|CommitDate|Date):\s*(.*)$/.exec(line);
    if (header !== null) {
      const [, name, value = ''] = header;
      if (name === 'Merge') cur.merge = true;
      else if (name === 'Author') cur.author = personName(value);
      else if (name === 'AuthorDate' || name === 'Date') cur.dateText = value;
      return;
    }
    const raw = /^(author|committer|parent) (.*)$/.exec(line);
    if (raw !== null) {
      const [, name, value = ''] = raw;
      if (name === 'parent') cur.parents += 1;
      else if (name === 'author') {
        const m = rawPerson(value);
        cur.author = personName(m?.name ?? value);
        if (m !== null) cur.dateText = m.date;
      }
      return;
    }
    if (cur.subject === '' && /^ {4}\S/.test(line)) cur.subject = line.trim();
  });
  flush();
  return commits;
}

const DATE_PREFIXES: RegExp[] = [
  /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}))?)\s+(.*)$/,
  /^([A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4}(?: [+-]\d{4})?)\s+(.*)$/,
  /^([A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2}(?: [+-]\d{4})?)\s+(.*)$/,
  /^(\d{9,11}(?: [+-]\d{4})?)\s+(.*)$/,
  /^(\d{4}-\d{2}-\d{2})\s+(.*)$/,
];

function splitFields(line: string): string[] | null {
  for (const sep of ['\t', '\x1f', '|']) {
    const fields = line.split(sep);
    if (fields.length >= 3 || (sep === '\t' && fields.length === 2)) return fields.map((f) => f.trim());
  }
  return null;
}

/** One line per commit: separated fields (`%H%x09%aI%x09%an%x09%s`) or `<sha> [<date>] <subject>`. */
function parseLine(line: string, n: number): GitCommit | null {
  const stripped = line.replace(/^[*|\\/ ]+(?=[0-9a-f])/, '');
  const fields = splitFields(stripped);
  if (fields !== null && HEX.test(fields[0] ?? '')) {
    let time: ReadTime | null = null;
    const rest: string[] = [];
    for (const f of fields.slice(1)) {
      const t = readGitDate(f);
      if (t !== null) time ??= t;
      else if (!looksLikeEmail(f) && !HEX.test(f)) rest.push(f);
    }
    const subject = rest.length >= 2 ? rest.slice(1).join(' ') : (rest[0] ?? '');
    return { sha: fields[0] ?? '', time, author: rest.length >= 2 ? (rest[0] ?? null) : null, subject, merge: /^Merge (pull request|branch)/.test(subject), line: n };
  }
  const m = /^([0-9a-f]{7,64})\s+(?:\(([^)]*)\)\s+)?(.*)$/.exec(stripped);
  if (m === null) return null;
  let rest = m[3] ?? '';
  let time: ReadTime | null = null;
  for (const re of DATE_PREFIXES) {
    const d = re.exec(rest);
    const t = d === null ? null : readGitDate(d[1] ?? '');
    if (d !== null && t !== null) {
      time = t;
      rest = d[2] ?? '';
      break;
    }
  }
  const subject = rest.replace(/^[|:;,\u2013\u2014-]\s*/, '').trim();
  return { sha: m[1] ?? '', time, author: null, subject, merge: /^Merge (pull request|branch)/.test(subject), line: n };
}

/**
 * Parses `git log` text in the default/medium, full, fuller or raw format, or one line
 * per commit (`--oneline`, `--pretty=format:'%h %ad %s'`, tab-separated fields).
 * Lines it cannot read become warnings naming the line.
 */
export function parseGitLog(text: string): { commits: GitCommit[]; warnings: Warning[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.some((l) => COMMIT_LINE.test(l))) return { commits: parseBlocks(lines), warnings: [] };
  const commits: GitCommit[] = [];
  const warnings: Warning[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const c = parseLine(line, i + 1);
    if (c === null) warnings.push({ line: i + 1, message: `not a commit line: "${line.slice(0, 60)}"` });
    else commits.push(c);
  });
  return { commits, warnings };
}
