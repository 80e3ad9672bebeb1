// Round 24: a slide deck pasted as text ("Slide 3 — Impact" / "• 41 drones held for 52 minutes"): each slide's title
// line is a heading, on the same line (no line moves). A slide with no title ("Slide 1") is a heading of its own name.

/** A slide's title line: "Slide 4 — Timeline (CEST)", "Slide 5: Root cause", "Slide 1". */
const SLIDE = /^[ \t]{0,3}(?:slide|folie|diapositiva|diapo)[ \t]{1,4}(\d{1,3})[ \t]*(?:[—–:|-][ \t]*(\S.{0,150}))?$/i;

/** A bullet character opening a line. */
const BULLET = /^([ \t]{0,8})[•▪◦‣][ \t]/;

/** Two or more slide title lines, each after a blank line or at the top. */
export const isSlides = (lines: readonly string[]): boolean =>
  lines.filter((l, i) => (i === 0 || (lines[i - 1] ?? '').trim() === '') && SLIDE.test(l)).length >= 2;

/** Rewrites the slide title lines as headings, and bullet characters as list markers, in place. */
export function slides(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    // A bullet character is the slide's list ("• TBD" → "- TBD", the same width).
    lines[i] = lines[i]!.replace(BULLET, '$1- ');
    if (i > 0 && (lines[i - 1] ?? '').trim() !== '') continue;
    const s = SLIDE.exec(lines[i]!);
    if (s) lines[i] = `## ${s[2]?.trim() ?? `Slide ${s[1]}`}`;
  }
}
