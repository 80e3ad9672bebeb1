// Round 28: a review written as one nested bullet outline (an outliner's export: Workflowy, Dynalist, a mind map
// saved as text), its sections the top-level items ("- Summary", "- Impact", "- Root cause: …", "- Action items") and
// their parts the indented items below. Read by shape: with no Markdown heading in the document, three or more
// top-level items naming sections make the top level headings, line for line — "- Summary" → "## Summary", "- Root
// cause: the certificate expired" → "## Root cause: the certificate expired" (the label and its text as one heading),
// and a first top-level item naming no section the title. The indented items stay lists under them. Linear: each line is tested once.
import { classifyHeading } from './section-names.ts';

const TOP_ITEM = /^[-*+][ \t]{1,4}([^\s#].{0,300})$/;
const LABELLED = /^([^:]{2,50}):[ \t]+(\S.*)$/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const ATX = /^ {0,3}#{1,6}[ \t]/;
const SETEXT = /^ {0,3}(?:=+|-{2,})[ \t]*$/;

type Top = { i: number; text: string; whole: boolean };

/** The top level of a nested outline as headings and labels; the text as it was when it is no such outline. */
export function outlineLists(markdown: string): string {
  if (!/^[-*+][ \t]/m.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  const tops: Top[] = [];
  let inFence = false;
  let nested = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (FENCE.test(l)) inFence = !inFence;
    if (inFence) continue;
    if (ATX.test(l) || (SETEXT.test(l) && i > 0 && lines[i - 1]!.trim() !== '')) return markdown;
    if (/^[ \t]{2,}[-*+][ \t]/.test(l)) nested++;
    const m = TOP_ITEM.exec(l);
    if (m === null) continue;
    const text = m[1]!.trim();
    if (classifyHeading(text, true) !== null) tops.push({ i, text, whole: true });
    else {
      const lab = LABELLED.exec(text);
      if (lab !== null && classifyHeading(lab[1]!, true) !== null) tops.push({ i, text, whole: false });
    }
  }
  if (tops.length < 3 || nested < tops.length) return markdown;
  for (const t of tops) {
    lines[t.i] = `## ${t.text}`;
  }
  const first = lines.findIndex((l) => l.trim() !== '');
  const title = first >= 0 ? TOP_ITEM.exec(lines[first]!) : null;
  if (title !== null && title[1] !== undefined && !tops.some((t) => t.i === first)) lines[first] = `# ${title[1].trim()}`;
  return lines.join('\n');
}
