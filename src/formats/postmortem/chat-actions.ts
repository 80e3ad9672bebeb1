// Round 26: a chat export (Slack, Teams: "Nadia Rahman  10:52" over each message) with no headings, whose actions are
// agreed in its last messages after a label ("ok actions so far:"): the label becomes the action-items heading and each
// later message that names its owner first ("@lena: look into …", "I'll take the retry cap, by Friday") an item, on the
// same lines. Other messages after the label, speaker lines and reactions are left out of the items.

/** A chat message's header: a name of one to three words, two or more spaces, a clock time, maybe "(reply in thread)". */
const SPEAKER = /^[ \t]{0,8}\p{Lu}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,2}[ \t]{2,8}\[?\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?\]?(?:[ \t]{1,4}\(.{0,40}\))?[ \t]*$/u;
/** A message that only labels the actions below it. */
const LABEL = /^[ \t]{0,8}(?:(?:ok|okay|so|right|alright)[, ]{1,2})?(?:(?:agreed|our|the)[ \t])?(?:actions?|action items|next steps|follow[- ]ups?|to-?dos?)(?:[ \t](?:so far|then|agreed|for now))?[ \t]*:[ \t]*$/i;
/** A message naming its owner first: "@lena: …", "@sam to …", "I'll …", "I will …". */
const OWNED = /^[ \t]{0,8}(?:@[\w.-]{1,30}\b|I['’]ll\b|I will\b)/;
const REACTION = /^[ \t]*(?::[\w+-]{1,40}:[ \t]{0,3}\d{0,4}[ \t]*){1,12}$/;

/** Rewrites a headingless chat's agreed actions as a section of list items; any other document is returned as it is. */
export function chatActions(markdown: string): string {
  const orig = markdown.split('\n');
  const lines = [...orig];
  if (lines.some((l) => /^ {0,3}#{1,6}[ \t]/.test(l)) || lines.filter((l) => SPEAKER.test(l)).length < 3) return markdown;
  let label = -1;
  for (let i = 0; i < lines.length; i++) if (LABEL.test(lines[i]!) && i > 0 && SPEAKER.test(lines[i - 1]!)) label = i;
  if (label < 0) return markdown;
  lines[label] = '## Action items';
  for (let i = label + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (SPEAKER.test(l) || REACTION.test(l) || l.trim() === '') { lines[i] = ''; continue; }
    // A message's first line after its speaker: an item when it names its owner first; any other line is no item.
    lines[i] = OWNED.test(l) && i > 0 && SPEAKER.test(orig[i - 1]!) ? `- ${l.trim()}` : '';
  }
  return lines.join('\n');
}
