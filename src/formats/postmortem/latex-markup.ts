// Round 24: a report written in LaTeX, rewritten as Markdown on the same lines (no line moves): "\section{Timeline}" →
// "## Timeline", "\subsection{Five Whys}" → "### Five Whys", "\item …" → a list item ("- …" in itemize, "1. …" in
// enumerate), "\title{…}" → "# …", the preamble and environment lines → blank, "\%" "\_" "\&" → the character.

/** A sectioning command alone on its line: "\section{Root Cause}", "\subsection*{Five Whys}". */
const SECTION = /^[ \t]*\\(section|subsection|subsubsection|paragraph)\*?\{([^{}\n]{1,200})\}[ \t]*$/;
const TITLE = /^[ \t]*\\title\{([^{}\n]{1,300})\}[ \t]*$/;
/** The title page's fields: "\\author{…}", "\\date{…}". */
const FIELD = /^[ \t]*\\(author|date)\{([^{}\n]{1,300})\}[ \t]*$/;
const ITEM = /^([ \t]*)\\item(?:\[[^\]\n]{0,40}\])?[ \t]+(?=\S)/;
const BEGIN_END = /^[ \t]*\\(begin|end)\{(\w{1,30})\*?\}(?:\[[^\]\n]{0,60}\]|\{[^{}\n]{0,60}\})*[ \t]*$/;
/** A command line of the preamble or layout with nothing to read: "\documentclass[11pt]{article}", "\maketitle". */
const COMMAND_ONLY = /^[ \t]*\\[a-zA-Z]{2,30}\*?(?:\[[^\]\n]{0,100}\]|\{[^{}\n]{0,200}\})*[ \t]*$/;

const LEVEL: Record<string, number> = { section: 2, subsection: 3, subsubsection: 4, paragraph: 5 };

/** A LaTeX document: "\begin{document}", or two or more sectioning commands. */
export const isLatex = (lines: readonly string[]): boolean =>
  lines.some((l) => /^[ \t]*\\begin\{document\}/.test(l)) || lines.filter((l) => SECTION.test(l)).length >= 2;

/** LaTeX's escapes and quotes in running text: "38\%" → "38%", "LOAN\_BAL" → "LOAN_BAL", ``x'' → "x", "--" → "–". */
function inline(s: string): string {
  return s
    .replace(/\\([%_&$#{}])/g, '$1')
    .replace(/``|''/g, '"')
    .replace(/(?<=\d)--(?=\d)/g, '–')
    .replace(/\\(?:textbf|emph|textit)\{([^{}\n]{0,300})\}/g, '$1')
    .replace(/\\(?:texttt|verb)\{([^{}\n]{0,300})\}/g, '`$1`');
}

/** Rewrites the lines of a LaTeX document as Markdown in place. */
export function latex(lines: string[]): void {
  /** The open list environments, innermost last: numbered (enumerate) or not. */
  const lists: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const be = BEGIN_END.exec(l);
    if (be) {
      const env = be[2]!;
      if (env === 'itemize' || env === 'enumerate' || env === 'description') {
        if (be[1] === 'begin') lists.push(env === 'enumerate');
        else lists.pop();
      }
      lines[i] = '';
      continue;
    }
    const s = SECTION.exec(l);
    if (s) { lines[i] = `${'#'.repeat(LEVEL[s[1]!] ?? 2)} ${inline(s[2]!)}`; continue; }
    const t = TITLE.exec(l);
    if (t) { lines[i] = `# ${inline(t[1]!)}`; continue; }
    const f = FIELD.exec(l);
    if (f) { lines[i] = `${f[1] === 'author' ? 'Author' : 'Date'}: ${inline(f[2]!)}`; continue; }
    const it = ITEM.exec(l);
    if (it) {
      const depth = Math.max(0, lists.length - 1);
      lines[i] = `${'   '.repeat(depth)}${lists[lists.length - 1] === true ? '1.' : '-'} ${inline(l.slice(it[0].length))}`;
      continue;
    }
    if (COMMAND_ONLY.test(l)) { lines[i] = ''; continue; }
    if (l.includes('\\') || l.includes('``')) lines[i] = inline(l);
  }
}
