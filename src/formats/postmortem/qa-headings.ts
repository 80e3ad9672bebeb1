// Round 28: a review written as questions and answers (an internal FAQ, an interview's notes): "Q: What happened?" /
// "A: …", "**Q: What went well?**". With no heading below the title, three or more question lines that name sections
// ("What was the root cause?", "Who was affected?", "What are the follow-ups?") make every question line a heading, on
// the same line; a question naming none ("Was this our fault?") heads a section of its own, so its answer is not read
// as the section above. Linear: each line is tested once.
import { classifyHeading } from './section-names.ts';

const QUESTION = /^[ \t]{0,3}(?:\*\*|__)?Q[:.)][ \t]{1,4}(?:\*\*|__)?([^\n*_]{3,120}?)(?:\*\*|__)?[ \t]*$/;
const SUB_HEADING = /^ {0,3}#{2,6}[ \t]/;
const FENCE = /^ {0,3}(?:```|~~~)/;

/** The question lines as headings when they read as a review's sections; the text as it was otherwise. */
export function qaHeadings(markdown: string): string {
  if (!/^[ \t]{0,3}(?:\*\*|__)?Q[:.)]/m.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  const qs: Array<{ i: number; q: string }> = [];
  let inFence = false;
  let named = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (FENCE.test(l)) inFence = !inFence;
    if (inFence) continue;
    if (SUB_HEADING.test(l)) return markdown;
    const m = QUESTION.exec(l);
    if (m === null) continue;
    const q = m[1]!.trim();
    qs.push({ i, q });
    if (classifyHeading(q) !== null) named++;
  }
  if (named < 3) return markdown;
  for (const { i, q } of qs) lines[i] = `## ${q}`;
  return lines.join('\n');
}
