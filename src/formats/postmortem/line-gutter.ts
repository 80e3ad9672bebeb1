// Round 23: a document pasted with its editor's line numbers ("  26 [Teal] == Root cause ==", an Etherpad or pastebin
// export, `cat -n`): the gutter — a line number counting up by one, and an author's tag in brackets after it — is taken
// off every line that has it, so the lines read as written. No line moves.

/** A gutter: up to six spaces, the line's number, an optional author or colour tag in brackets, then one space or a tab. */
const GUTTER = /^ {0,6}(\d{1,5})(?:[ \t]\[[^\]\n]{1,24}\])?(?:[ \t]|$)/;

/** Lines needed before a run of numbers reads as a gutter rather than a numbered list. */
const MIN_LINES = 10;

/** The text with its line-number gutter taken off, or the text as it is when most lines carry no such gutter. */
export function lineGutter(text: string): string {
  if (!/^ {0,6}\d/m.test(text)) return text;
  const lines = text.split('\n');
  let run = 0;
  let last = -1;
  let numbered = 0;
  for (const l of lines) {
    const m = GUTTER.exec(l);
    if (m === null) continue;
    const n = Number(m[1]);
    run = n === last + 1 ? run + 1 : 1;
    last = n;
    numbered = Math.max(numbered, run);
  }
  const filled = lines.filter((l) => l.trim() !== '').length;
  // A gutter counts up by one over (nearly) every line; a numbered list or a table of figures does not.
  if (numbered < MIN_LINES || numbered < filled * 0.8) return text;
  return lines.map((l) => { const m = GUTTER.exec(l); return m === null ? l : l.slice(m[0].length); }).join('\n');
}
