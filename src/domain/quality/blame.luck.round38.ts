/*
 * Round 38 (issue 16): a section about where the team got lucky ("## Where we got lucky", "### 7.1 Where we got lucky",
 * "Where did we get lucky?") tells what happened to go right — a person who had worked on the part before, someone who
 * had only just left the bridge and answered at once. Like "What went well" it credits people; the model's words of
 * chance ("only just", "immediately", "himself") are not a judgement there. A heading that joins luck to what went
 * wrong ("What went poorly, and where we got lucky") is not such a section.
 *
 * Pure and linear: one pass over the lines, one bounded pattern per heading.
 */
import type { SourceLine } from './source-text.ts';

const LUCK = /\b(?:(?:got|get|were|was|been|being) (?:lucky|fortunate)|luck(?:y)? breaks?|strokes? of luck|what luck|lucky)\b/i;
const NOT_ONLY_LUCK = /\b(?:poor(?:ly)?|wrong|bad(?:ly)?|didn['’]t|did not|unlucky|failed|worse)\b/i;

/** The numbers of the lines under a heading about luck (above), up to the next heading of the same or a higher level. */
export function luckLines(lines: readonly SourceLine[]): ReadonlySet<number> {
  const out = new Set<number>();
  let level = 0;
  for (const line of lines) {
    if (line.kind === 'heading') {
      const depth = /^\s{0,3}(#{1,6})/.exec(line.raw)?.[1]?.length ?? 1;
      const heading = line.raw.length > 200 ? line.raw.slice(0, 200) : line.raw;
      if (LUCK.test(heading) && !NOT_ONLY_LUCK.test(heading)) level = depth;
      else if (level > 0 && depth <= level) level = 0;
      continue;
    }
    if (level > 0) out.add(line.n);
  }
  return out;
}
