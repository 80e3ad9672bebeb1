// The patterns that read an action item's owner, due date, priority and status marker from its words (split from
// action-items-reader.ts, round 33).

// Bounded repeats keep every pattern linear: an unclosed `(owner` or `(done` scans at most a few hundred characters.
export const MARKER = /[([][ \t]{0,20}(done|completed?|fixed|resolved|closed|in progress|wip|ongoing|won'?t (?:do|fix)|wontfix|cancell?ed|dropped|open|todo)\b[^)\]]{0,200}[)\]]/i;
/** An @handle anywhere in the item: the owner, left in the item's words ("Ask @dana to rotate the key"). */
export const HANDLE = /(?:^|[\s(])(@[A-Za-z0-9][\w.-]*[\w])/;
/** Round 13: a team of a few words and its due date in closing brackets ("(Public Works IT liaison, end of Q2 2026)."). */
export const TEAM_AND_DUE = /\((\p{Lu}[\p{L}'’&/-]{0,30}(?: [\p{L}'’&/-]{1,30}){0,4}),\s{0,4}((?:due\s|by\s|until\s|before\s|end of\s|next\s)?(?:\d|q[1-4]\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[^()]{0,60})\)[.\s]*$/iu;
export const OWNER_PATTERNS: readonly RegExp[] = [
  /\((?:owner|assignee|assigned to|owned by|dri)[ \t]{0,20}[:=-]?[ \t]{0,20}([^),;\s][^),;]{0,200})[^)]{0,200}\)/i,
  // "Owner: Finance Platform", "Assignee: @jo.", "DRI — Security team", "Owner - Priya": up to the next separator or field.
  // Round 38: or an outliner's property ("owner:: [[Priya Shah]]"), or a definition list's fields (": Owner: Jasper Mol : Due: …").
  /(?<!@)\b(?:owner|owners|members?|assignee|assigned to|owned by|dri|who)\s{0,20}(?:::?|[—–-]\s)\s{0,20}(?:\[\[)?(@?[\p{L}\p{N}@][\p{L}\p{N}@ .'’&/-]{0,60}?)(?=\s{0,20}(?:[—–;,|()·•:\]]|\.(?:\s|$)|\s(?:due|deadline|eta|target|by|status|priority|when)\b|$))/iu,
  // Round 14: not a due date's label ("— @rafael — due YYYY-MM-DD": the owner is the handle).
  // Round 38: its date may follow in brackets ("— Joost (2027-08-20)").
  /\s[—–]\s*(?!(?:due|by|until|before|deadline|eta|target)\b)(@?[A-Za-z][\w.-]*(?:\s[A-Z][\w-]*)?)(?:\s{1,3}\((?:due\s|by\s)?\d[\d./-]{3,12}\))?\s*$/i,
  // Round 10: a name after a dash, then its due date or a due phrase: "— Sofie Dahl, 2026-12-04", "– Elise Maes – 2026-11-27",
  // "— Mikkel, before the contract review".
  // The owner's segment with its due date is taken out of the item's words.
  // Round 13: the person may follow their team and a colon ("— Quality: Hamid Rahimi, by 9 October 2026").
  // Round 14: or a spaced hyphen, as plain text writes the dash ("… - Lindiwe Dube - by 16 May"); the person may bring
  // help before the date ("— Connor, with the booking vendor, by 27 February 2026").
  /\s(?:[—–]|-(?=\s))\s{0,5}((?:\p{Lu}[\p{Ll}'’-]{1,30}:\s{1,3})?\p{Lu}[\p{Ll}'’-]{1,30}(?: (?:\p{Lu}[\p{Ll}'’-]{1,30}|\p{Lu}\.)){0,2}(?: \([^()]{1,40}\))?)(?:,\s{0,3}(?:with|and|together with) [^,—–()]{1,40})?\s{0,5}(?:,|\s[—–]|\s-(?=\s))\s{0,5}(?=(?:due\s|by\s|until\s|before\s|after\s|from\s|in\s|end of\s|next\s|this\s)?(?:\d|q[1-4]\b|\p{Lu}\p{Ll}{2,8}\.? \d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|the\s|next\s|end\s|tbd\b))[^—–]{0,80}$/iu,
  HANDLE,
  // Round 11: "owner" with no colon after a comma: "…, owner Support operations (Dana Kim), due 8 January 2027".
  /(?:^|[,;]\s{0,4})(?:owner|owned by|assignee|dri)\s{1,4}(\p{Lu}[\p{L}\p{N} .'’&/-]{0,40}?(?: \([^()]{1,40}\))?)(?=\s{0,4}(?:[,;]|\.(?:\s|$)|$))/u,
  // A name alone in brackets at the end: "(Priya)", "(Jo Park)", "(Priya, 2026-04-01)".
  // Round 10: the second name may be an initial ("(Tomasz W., until 30.09.2026)").
  // Round 38: a full stop may close the sentence after it ("… runs (Bas)."), and a full name may stand in square brackets
  // ("[Jonas Petrović]"; two capitalised words, so that a status chip, "[Open]", "[In progress]", is no owner).
  /\((\p{Lu}\p{Ll}[\p{L}'’-]{0,30}(?: \p{Lu}(?:\p{Ll}[\p{L}'’-]{0,30}|\.))?)(?:,[^)]{0,60})?\)[.\s]*$/u,
  /\[(\p{Lu}\p{Ll}[\p{L}'’-]{0,30} \p{Lu}\p{Ll}[\p{L}'’-]{0,30})\][.\s]*$/u,
  // Round 21: a team named in closing brackets ("Fix the config (Android team)", "(Platform squad)").
  /\((\p{Lu}[\p{L}\p{N}'’&/-]{1,30}(?: \p{Lu}[\p{L}\p{N}'’&/-]{1,30}){0,2} (?:team|squad|crew|group|desk|guild|chapter))(?:,[^)]{0,60})?\)\s*$/u,
  TEAM_AND_DUE,
];
// Round 25: with slashes too, year first or last ("2026/05/22", "05/22/2026" as a US tracker writes it).
const DATE = '(?:\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|[A-Z][a-z]{2,8}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2} [A-Z][a-z]{2,8}\\.? \\d{4})';
// Round 10: under a due label the date may follow a few words of its own field ("Due: before the Q2 review (2026-04-15)",
// "until 30.09.2026"), not past the field's separator. Round 33: or in an Org-mode stamp ("DEADLINE: <2027-03-12 Fri>").
export const DUE = new RegExp(`\\b(?:due|by|deadline|eta|target|when|until)(?:\\s{0,20}date)?(?:\\s{0,20}[:=])?\\s{0,20}(?:[^·•—–|;:]{0,60}?[\\s(,<[])?(${DATE})`, 'i');
/** A date at the end of an item or in its closing brackets, with no label: "… — 2026-03-31", "(@dana, 2026-09-05)". */
export const TRAILING_DATE = new RegExp(`(?:^|[\\s(,—–-])(${DATE})\\s{0,20}\\)?[.\\s]*$`, 'i');
export const PRIORITY = /\b(P[0-4])\b|\bpriority\s*[:=]\s*(\w+)/i;
