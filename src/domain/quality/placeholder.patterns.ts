/*
 * Template placeholders left in a post-mortem: bracketed prompts ([TIME], [Name(s)]),
 * format masks (YYYY-MM-DD, HH:MM, XX minutes, X%), placeholder owners (@owner) and
 * markers (TODO, TBD). Links, checkboxes, footnotes and reference links are not
 * placeholders.
 */

/** Cheap pre-check: every placeholder contains one of these. */
import { shapedPlaceholders } from './placeholder.shapes.ts';

const HINT = /[[@X]|YYYY|HH:MM|MM\/|DD\/|TODO|TB[DC]|FIXME|\{\{/;
// Round 14: not a wiki link ("[[Incident Reviews]]", GitHub wiki and Obsidian): the inner pair is inside another.
const BRACKET = /(?<!\[)\[([^\][]{1,120})\](?![([:\]])/g;
// Round 30: a choice to make ("[Select one]"), a zone ("All times in [timezone]"), an amount in Dutch, German, Spanish,
// French, Italian ("[Bedrag terugbetalingen €X]").
// Round 27: a slot's name in Portuguese, Spanish, French, German ("[Nome(s)]", "[Fecha]", "[Verantwortlich]").
// Round 28: and an owner's, an action's, an event's or a date's slot in Italian, Dutch, Swedish, Polish, Turkish
// ("[Ansvarig]", "[Działanie]", "[Åtgärd]", "[Zdarzenie]", "[Sorumlu]").
// Round 39: a count's, a description's or a name's slot in Dutch, French, Ukrainian and Russian ("[aantal]",
// "[beschrijving aanvullen]", "[À compléter : …]", "[Ім'я]", "[Имя]").
const PROMPT_WORDS =
  /(?<![\p{L}\p{N}_])(?:sentences?|paragraphs?|bullets?|name|names|date|time|description|describe|list|link|numbers?|percentage|brief|summary|details?|title|owner|if applicable|e\.g\.|insert|fill|todo|tbd|answer|factor|lesson|action|thing|event|milestone|reason|explanation|impact|service|team|duration|incident|yes\/no|first why|root cause|specific|analysis|key|value|nomes?|nombres?|noms?|namen?|fecha|datum|descri[çc][ãa]o|descripci[óo]n|beschreibung|respons[áa]vel|responsable|verantwortlich|responsabile|eigenaar|ansvarig|w[łl]a[śs]ciciel|sorumlu|[åa]tg[äa]rd|dzia[łl]anie|aksiyon|a[çc][ãa]o|acci[óo]n|azione|actie|ma[ßs]nahme|zdarzenie|h[äa]ndelse|olay|termin|tarih|timezone|time zone|select one|choose one|pick one|amount|bedrag|betrag|monto|montant|importo|aantal|beschrijving|aanvullen|compl[ée]ter|remplir|ім['’]я|имя|опис|описание)(?![\p{L}\p{N}])/iu;
const ALL_CAPS = /^[A-Z0-9 _/().:#-]*[A-Z]{2,}[A-Z0-9 _/().:#-]*$|^X+$/;
const MUSTACHE = /\{\{[^{}\n=()<>'"]{1,80}\}\}/;
/**
 * Round 33: a mustache pair around one identifier of joined parts ("{{CLM-PAY-DAILY}}", "{{RECEIPT_POOL_MAX}}"), none of
 * them a prompt word, is Jira's monospace around a name the system uses; "{{first_name}}", "{{one-paragraph account}}"
 * and "{{SERVICE_NAME}}" are still slots.
 */
const IDENTIFIER = /^\{\{[\p{L}\p{N}]{1,30}(?:[-_.][\p{L}\p{N}]{1,30}){1,6}\}\}$/u;
/**
 * Round 38: or one word joined by its capitals ("{{TaxTableResolver}}"), or code with signs of its own ("{{~HI}}",
 * "{{^BCN,120,N,N,N}}"), as Jira's monospace holds them; the words of a slot are plain ("{{Owner}}", "{{service name}}").
 */
const CAMEL = /^\{\{\p{Lu}?\p{Ll}{1,20}(?:\p{Lu}\p{Ll}{1,20}){1,5}\}\}$/u;
const SIGNED = /^\{\{[^\s\p{L}\p{N}{}]\S{0,60}\}\}$/u;
function codeIdentifier(slot: string): boolean {
  const parts = slot.slice(2, -2).split(/[-_.]|(?=\p{Lu}\p{Ll})/u);
  return (IDENTIFIER.test(slot) || CAMEL.test(slot) || SIGNED.test(slot)) && !parts.some((part) => PROMPT_WORDS.test(part));
}
const MASKS: readonly RegExp[] = [
  /\bYYYY(?:-MM(?:-DD)?)?\b/,
  /\b(?:MM\/DD|DD\/MM)(?:\/YYYY)?\b/,
  /(?<![\w:])HH:MM(?::SS)?\b/,
  /\bX{3,}\b/,
  /(?<![\w.])X{1,3}(?:\.X+)?\s?(?:%|ms\b|s\b|min\b|mins\b|minutes?\b|hours?\b|h\b|users\b|requests\b|tickets\b|errors\b)/,
  /\$X+\b/,
  /(?<![\w.])@(?:owner|person-name|name|username|someone|reviewer\d*|assignee|handle|user)\b/,
  // Round 30: or set in emphasis with underscores ("_TBD_", where "_" is a word's letter to \b; not inside a name, "MY_TBD_QUEUE").
  /(?<![A-Za-z0-9]|[A-Za-z0-9]_)(?:TODO|TBD|TBC|FIXME)(?![A-Za-z0-9]|_[A-Za-z0-9])/,
  /\bINC-X{3,}\b/,
  // Round 10: a mustache slot ("{{one-paragraph account}}") and a date with its day or month masked ("2026-08-XX").
  // Round 13: not one holding code ("{{booking.online=false}}", Jira's monospace): an assignment, a call or a quote.
  MUSTACHE,
  /\b\d{4}-(?:\d{2}|XX|MM)-(?:XX|DD)\b/,
  // Round 11: a field whose value is still the template's lone "X" ("*Number of customers affected:* X").
  /:(?:\*\*|\*|__|_)?[ \t]{1,3}X{1,3}[ \t]*$/,
  // Round 39: a masked count before its unit or its note in any language ("XX minit", "XX دقيقة", "XX acre-feet",
  // ": XX (waiting on the report)"): two or three capital X's, then a small letter, a letter of a script with no case,
  // or a bracket. Not a Roman numeral before a capital ("XX Century") nor part of a word or a code ("XXL", "OPS-XX").
  /(?<![\p{L}\p{N}.-])X{2,3}(?=[ \t]{1,3}(?:\p{Ll}|\p{Lo}|\())/u,
];

/**
 * Round 21: an outliner's task state leading an action item ("- TODO Add a flow alert", "- LATER Some kind of reminder",
 * Logseq; "{{[[TODO]]}} Add …", Roam): the item's status, not a marker left in. A note to self keeps its colon or its small letter ("TODO: attach").
 */
export const OUTLINER_TASK = /^(\s{0,16}(?:[-*+]\s{1,4})?)(?:(?:TODO|LATER|NOW|DOING|NEXT|WAITING)[ \t]{1,4}(?=\p{Lu})|\{\{\[\[(?:TODO|DONE)\]\]\}\}[ \t]{0,4})/u;

/** Round 25: a BBCode tag on a line of its own ("[list]", "[/list]", "[list=1]", "[quote]"): markup, not a prompt. */
const BBCODE_TAG_LINE = /^[ \t]*\[\/?(?:list|quote|code|center|spoiler)(?:=[^\]\n]{0,20})?\][ \t]*$/i;

/** Round 14: a YAML list as a front-matter field's whole value ("tags: [postmortem, crew-ops]", "aliases: [May block roster incident]"). */
const YAML_LIST = /^\s*[\w-]{1,40}:\s*\[[^\][]{0,300}\]\s*$/;
const PROMPT_WORD_ONLY = new RegExp(`^(?:${PROMPT_WORDS.source})(?:\\(s\\))?$`, 'i');

/**
 * The placeholders on one line of Markdown (outside code), in order of appearance. In front matter, a YAML list is a
 * placeholder only when its item is the template's slot of prompt words ("authors: [Name(s)]"), not values of their own.
 */
export function placeholdersIn(raw: string, refLabels: ReadonlySet<string>, frontMatter = false): string[] {
  // Round 36: a slot shown by its shape alone, in any language (placeholder.shapes.ts).
  const shaped = frontMatter ? [] : shapedPlaceholders(raw).filter((s) => !refLabels.has(s.slice(1, -1).toLowerCase()));
  const found = shaped.length > 0 ? [...new Set([...shaped, ...placeholdersByWords(raw, refLabels, frontMatter)])] : placeholdersByWords(raw, refLabels, frontMatter);
  // Round 38: a line that tells the reader the format its dates are in ("Date format: DD/MM/YYYY", "Dates are DD/MM",
  // "i formatet YYYY-MM-DD") names the mask; it leaves no value blank.
  return found.length > 0 && NAMES_FORMAT.test(raw) ? found.filter((f) => !FORMAT_MASK.test(f)) : found;
}

/** A date or time mask alone: letters in runs joined by "-", "/", "." or ":" ("DD/MM/YYYY", "HH:MM:SS", "AAAA-LL-ZZ"). */
const FORMAT_MASK = /^\p{Lu}{1,4}(?:[-/.:]\p{Lu}{1,4}){0,2}$/u;
/** The word "format" in the languages that borrow it (format, formato, formatet, formaat, Format, формат), or "are/is" before a mask. */
const NAMES_FORMAT = /(?<![\p{L}])(?:format|формат)\p{L}{0,4}(?![\p{L}])|\b(?:are|is)[ \t]{1,3}(?:in[ \t]{1,3})?(?:YYYY|DD|MM|HH)\b/iu;

function placeholdersByWords(raw: string, refLabels: ReadonlySet<string>, frontMatter: boolean): string[] {
  if (!HINT.test(raw) || BBCODE_TAG_LINE.test(raw)) return [];
  // Round 14: brackets escaped by an export ("Duration: \[X\] minutes") are the brackets the template wrote.
  raw = raw.replace(/\\([[\]])/g, '$1');
  const found: string[] = [];
  const yamlList = frontMatter && YAML_LIST.test(raw);
  for (const m of raw.matchAll(BRACKET)) {
    const inner = (m[1] ?? '').trim();
    if (yamlList && !inner.split(/\s+/).every((w) => PROMPT_WORD_ONLY.test(w))) continue;
    // Round 30: a capital "[X]" after words ("Duration: [X] minutes") is a slot; a checkbox opens its line, item or cell.
    if (inner === 'X' && !CHECKBOX_BEFORE.test(raw.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) { found.push(m[0]); continue; }
    if (isBracketPlaceholder(inner, refLabels)) found.push(m[0]);
  }
  // Round 11: a format shown in a quotation ('balance staleness ("last reading at HH:MM") in the app') is what the text
  // asks for, not a value left blank: a quotation with words of its own around the mask is left out.
  const unlinked = dropLinkTargets(raw).replace(/`[^`]*`/g, ' ').replace(QUOTED_FORMAT, ' ');
  for (const re of MASKS) {
    const m = re.exec(unlinked);
    if (m !== null && !found.some((f) => f.includes(m[0])) && !(re === MUSTACHE && codeIdentifier(m[0]))) found.push(m[0]);
  }
  const cells = /^\s*\|/.test(raw) ? raw.split('|').map((c) => c.trim()) : [];
  if (cells.some((c) => /^X{1,3}$/.test(c)) && !found.some((f) => /X/.test(f))) found.push('X');
  return found;
}

/** Round 30: what stands before a checkbox: nothing, a list marker, a table cell's bar. */
const CHECKBOX_BEFORE = /(?:^|\|)\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?$/;
/** A quotation of a few words that holds a format mask among words of its own ("last reading at HH:MM"). */
const QUOTED_FORMAT = /["“](?=[^"”\n]{0,80}\b[a-z]{3,}\b)[^"”\n]{0,80}(?:HH:MM|YYYY|DD\/MM|MM\/DD)[^"”\n]{0,80}["”]/g;
/** Round 11: an issue key in brackets ("[SRCH-1204] Post-incident review: …", as a tracker exports a title) is a reference. */
const ISSUE_KEY = /^[A-Z][A-Z0-9]{1,9}-\d{1,7}$/;

const PROMPT_VERB = /^(?:add|describe|insert|fill in|write|list|explain|enter|paste|put|state|summari[sz]e) (?:the |a |an |your |any |here |which |how |what |when |who )\S+ \S+/i;
/** Round 30: an instruction with no article ("[add remaining entries]", "[Select the affected stores]"). */
const PROMPT_VERB_BARE = /^(?:add|describe|insert|fill in|list|explain|enter|paste|summari[sz]e|select|choose|specify|provide|complete) (?:[\p{L}\p{N}'’-]{1,30} ){0,6}[\p{L}\p{N}'’-]{2,30}$/iu;
/** Round 30: a template's choices ("[Alert / customer report / staff report]") and a masked count ("[XX scans]", "[€X]"). */
const CHOICES = /^[^/\n]{1,40}(?: \/ [^/\n]{1,40}){1,6}$/;
const MASKED_COUNT = /(?:^|[\s€$£¥])(?:X{1,3}|N{1,2})(?=\s|$)/;

/** Round 27: a chat export's stamp in brackets ("[14:02, 05/03/2027]", "[5/3/27, 2:07 pm]"): a value, not a slot. */
const STAMP_TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]\.?m\.?)?`;
const STAMP_DATE = String.raw`\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}`;
// Round 33: or a day and month with the time ("[3/3 2:05 PM]", "[14.03 09:12]", a chat app's copy of a message).
const STAMP_DAY = String.raw`\d{1,2}[/.]\d{1,2}`;
const STAMP = new RegExp(String.raw`^(?:${STAMP_DATE}(?:,?[ \t]{1,3}${STAMP_TIME})?|${STAMP_TIME}(?:,?[ \t]{1,3}(?:${STAMP_DATE}|${STAMP_DAY}))?|${STAMP_DAY},?[ \t]{1,3}${STAMP_TIME})$`, 'i');

/** Round 33: a status shown as a tracker's label ("| Status | [RESOLVED] |", "[CLOSED]"): the document's state, not a slot. */
const STATUS_VALUE = /^(?:RESOLVED|CLOSED|OPEN|DONE|DRAFT|FINAL|MITIGATED|MONITORING|COMPLETED?|IN PROGRESS|APPROVED|PUBLISHED|REVIEWED|ACTIVE|ONGOING|FIXED|SOLVED)$/;
function isBracketPlaceholder(inner: string, refLabels: ReadonlySet<string>): boolean {
  if (ISSUE_KEY.test(inner) || STAMP.test(inner)) return false;
  if (/^[ xX]$/.test(inner) || inner.startsWith('^') || /^\d+$/.test(inner)) return false;
  // Round 38: a callout's kind ("> [!summary]", "[!NOTE]"; "[!todo]" is a note left to do), Jira's link ("[sorter overview|https://…]") and a count or
  // ratio in brackets ("[7/9]", "[3 / 12]") are markup and values, not slots.
  if ((inner.startsWith('!') && !/^!(?:todo|tbd|tbc|fixme)\b/i.test(inner)) || /\|[ \t]{0,2}(?:https?:|mailto:|\/)/.test(inner) || /^\d[\d \t./:,%-]{0,30}$/.test(inner)) return false;
  if (refLabels.has(inner.toLowerCase())) return false;
  if (STATUS_VALUE.test(inner)) return false;
  if (ALL_CAPS.test(inner)) return inner.length >= 1 && !/^[A-Z]{2,5}$/.test(inner) ? true : /^(?:TIME|DATE|NAME|TBD|TODO|X+|N+)$/.test(inner);
  // Round 14: a question the template asks ("[What didn't go well]", "[How was it noticed?]").
  // Round 19: an instruction to the writer ("[add the point where we noticed the stuck jobs]").
  return PROMPT_WORDS.test(inner) || /\w\/\w/.test(inner) || inner.endsWith('...') || inner.endsWith('…') || /^(?:what|why|how|who|when|which)\b/i.test(inner) || PROMPT_VERB.test(inner) || PROMPT_VERB_BARE.test(inner) || CHOICES.test(inner) || MASKED_COUNT.test(inner);
}

/** `](url)` becomes `]` (a scanner: the regex it replaces rescanned to the end of the line from every unclosed `](`). */
function dropLinkTargets(raw: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = raw.indexOf('](', from);
    if (open === -1) break;
    const close = raw.indexOf(')', open + 2);
    if (close === -1) break;
    out += `${raw.slice(from, open)}]`;
    from = close + 1;
  }
  return out + raw.slice(from);
}

/** Round 35: a short code of capitals: a band, a size, a grade, a class ("S", "Ku", "XL", "B2"). */
const LETTER_CODE = /^\p{Lu}[\p{L}\p{N}]{0,2}$/u;
const cellsOf = (raw: string): string[] => raw.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

/**
 * Round 35: whether the lone "X" cells of a table row are each one code among others in their column: a column that
 * also holds other short capital codes ("S" and "X" bands, "M" and "XL" sizes) is a column of values, and its "X" is a
 * value, not the template's slot. `lines` are the document's raw lines, `at` the row's index in them.
 */
export function xCellsAreCodes(lines: readonly string[], at: number): boolean {
  const isRow = (i: number): boolean => /^\s*\|/.test(lines[i] ?? '');
  let first = at;
  while (first > 0 && at - first < 400 && isRow(first - 1)) first--;
  let last = at;
  while (last + 1 < lines.length && last - at < 400 && isRow(last + 1)) last++;
  const row = cellsOf(lines[at] ?? '');
  const columns = row.flatMap((c, i) => (/^X{1,3}$/.test(c) ? [i] : []));
  if (columns.length === 0) return false;
  return columns.every((col) => {
    for (let i = first; i <= last; i++) {
      const cell = cellsOf(lines[i] ?? '')[col] ?? '';
      if (i !== at && LETTER_CODE.test(cell) && !/^X{1,3}$/.test(cell)) return true;
    }
    return false;
  });
}
