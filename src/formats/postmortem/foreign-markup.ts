// Round 13: the markup of other tools rewritten as Markdown before Markdown reads it, line for line (no line moves).
import type { SectionKey } from '../../domain/postmortem/document.types.ts';
import { classifyHeading } from './section-names.ts';
import { type WikiState, wikiBlockLine } from './wiki-markup.ts';
import { bbcodeLine, isBbcode } from './bbcode-markup.ts';
import { unquoteReply } from './quoted-reply.ts';

/** A Jira wiki heading: "h2. Root cause". */
const JIRA_HEADING = /^h([1-6])\.[ \t]+(\S.*)$/;
/** A Jira macro line of its own that only opens or closes a box: "{panel:title=…}", "{panel}", "{info}", "{expand:…}". */
const JIRA_BOX = /^[ \t]*\{(?:panel|info|note|tip|warning|expand|section|column)(?::[^{}]{0,300})?\}[ \t]*$/;
/** A Jira code or noformat fence: "{code}", "{code:sql}", "{noformat}". */
const JIRA_FENCE = /^[ \t]*\{(?:code|noformat)(?::[^{}]{0,100})?\}[ \t]*$/;
/** A Jira numbered list item ("# Why …", "## …"): a list in Jira's markup, a heading in Markdown's. */
const JIRA_NUMBERED = /^(#{1,3})[ \t]+(?=\S)/;
/** An HTML toggle's lines: "<details>", "</details>", and its title "<summary>Timeline (CET)</summary>". */
const DETAILS_LINE = /^[ \t]*<\/?details(?:[ \t][^<>]{0,100})?>[ \t]*$/i;
const SUMMARY_LINE = /^[ \t]*<summary>(.{1,200}?)<\/summary>[ \t]*$/i;
/** A Notion toggle exported as a glyph before a bold title of its own: "▸ **Timeline**". */
const GLYPH_TOGGLE = /^([ \t]{0,3})[▸▶►▾▼][ \t]{1,4}(?:\*\*|__)([^*_\n]{1,80})(?:\*\*|__)[ \t]*:?[ \t]*$/;
/** A line of capitals of its own, as an e-mail writes a section: "ROOT CAUSE", "TIMELINE (all times local, 2 Nov)". */
const CAPS_LINE = /^[ \t]{0,3}([A-Z][A-Z0-9 &/'’-]{2,58}[A-Z])(?:[ \t]+\([^()\n]{1,80}\))?[ \t]*:?[ \t]*$/;
const MD_HEADING = /^ {0,3}(#{1,6})[ \t]/;
/**
 * Round 25: a plain-text section title in any case ("Summary", "Customer impact", "Next steps:"), as an e-mail or a
 * ticket reply writes it: a short line of its own after a blank line, a letter first, no sentence end, text right below.
 */
const TITLE_LINE = /^[ \t]{0,3}(\p{L}[\p{L}\p{N} &/'’(),-]{1,58}[\p{L})])[ \t]*(?::[ \t]*)?$/u;
/** A title line numbered as Markdown does not read a list: "A. Summary", "IV. Root cause", "2.0 Timeline"; a blank line may follow it. */
const LETTERED_TITLE = /^[ \t]{0,3}(?:[A-H]|[IVX]{1,4}|\d{1,2}\.\d{1,2})[.)]?[ \t]{1,3}(\p{L}[\p{L}\p{N} &/'’(),-]{1,58}[\p{L})])[ \t]*(?::[ \t]*)?$/u;
const SETEXT_UNDER = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** Round 14: an HTML heading on a line of its own, as a CMS exports a section: '<h2 id="root-cause">Root cause</h2>'. */
const HTML_HEADING = /^[ \t]{0,3}<h([1-6])(?:[ \t][^<>]{0,200})?>(.{1,200}?)<\/h\1>[ \t]*$/i;
/** Round 14: in such a document, a paragraph or list item of its own ("<p>…</p>", "<li>…</li>") is that text. */
const HTML_TEXT_LINE = /^[ \t]{0,3}<(p|li)(?:[ \t][^<>]{0,200})?>(.{0,2000}?)<\/\1>[ \t]*$/i;
/** A line of HTML tags only ("<ul>", "</aside>", '<div class="…">'): nothing to read once the document's HTML is rewritten. */
const HTML_TAGS_ONLY = /^[ \t]*(?:<\/?[a-z][a-z0-9]{0,10}(?:[ \t][^<>]{0,300})?>[ \t]*){1,4}$/i;

/**
 * Round 15: an outliner's export (Logseq): every block a bullet, the sections as top-level bullets holding a heading
 * ("- ## Timeline") and their text as bullets nested one tab (or two spaces) below them.
 */
export const OUTLINE_HEADING = /^[-*][ \t]+(#{1,6})[ \t]+(\S.*)$/;
/** An outliner's page property ("title:: …", "tags:: [[incident]]"): the page's metadata, not its text. */
const PAGE_PROPERTY = /^[a-z][\w-]{0,30}::[ \t]/i;

/**
 * Round 21: a block's property under an item ("  owner:: [[Luca Bianchi]]", "  due:: [[May 15th, 2026]]"): a field of
 * the item ("owner: Luca Bianchi"), its page links unwrapped.
 */
const BLOCK_PROPERTY = /^([ \t]{1,12}(?:[-*][ \t]{1,4})?)([a-z][\w-]{0,30})::[ \t]/i;
const INDENT = /^[ \t]*/;

/**
 * Round 21: Roam's outline: the sections as bullets holding only a bold section name, nested under the page's title
 * bullet ("    - **Summary**"; a top-level "- **Impact**:" is a Markdown list's label),
 * their text nested below; a task as "{{[[TODO]]}} …" / "{{[[DONE]]}} …" (a task list item).
 */
const BOLD_BULLET = /^[ \t]{1,16}[-*][ \t]{1,4}(?:\*\*|__)([^*_\n]{1,60})(?:\*\*|__)[ \t]{0,4}:?[ \t]*$/;
function boldSectionBullet(l: string): string | null {
  const b = BOLD_BULLET.exec(l);
  return b && known(b[1]!) ? b[1]!.trim() : null;
}
const ROAM_TASK = /^([ \t]{0,16}[-*][ \t]{1,4})\{\{\[\[(TODO|DONE)\]\]\}\}[ \t]{0,4}/;
const roamTask = (l: string): string => l.replace(ROAM_TASK, (_, lead: string, st: string) => `${lead}[${st === 'DONE' ? 'x' : ' '}] `);
const blockProperty = (l: string): string =>
  BLOCK_PROPERTY.test(l) ? l.replace(BLOCK_PROPERTY, '$1$2: ').replace(/\[\[([^[\]\n]{1,200})\]\]/g, '$1') : l;

/**
 * Round 16: a checkbox glyph opening a line (a Loop / Teams or Word task: "☐ Look into queue settings", "☑ Done …"), one
 * box on the line (a row of boxes, "☐ Summary ☑ Impact ☐ Timeline", is a page's status, not a task): a task list item.
 */
const GLYPH_TASK = /^([ \t]{0,3})([☐☑☒])[ \t]{1,4}(?=\S)([^☐☑☒\n]*)$/;

/** Round 16: a MediaWiki heading left in a converted page: "== Timeline ==", "=== 5 Whys ===". */
export const WIKI_HEADING = /^(={2,6})[ \t]*([^=\s][^=\n]{0,119}?)[ \t]*\1[ \t]*$/;

/** MediaWiki's inline markup in such a page: '''bold''', ''italic'', [[Page|label]] and [[Page]] links. */
function wikiInline(l: string): string {
  return l
    .replace(/'''([^'\n]{1,200}?)'''/g, '**$1**')
    .replace(/''([^'\n]{1,200}?)''/g, '_$1_')
    .replace(/\[\[(?:[^[\]|\n]{1,200}\|)?([^[\]|\n]{1,200})\]\]/g, '$1');
}

/**
 * Round 38: a Jira panel titled with a section's name ("{panel:title=Summary|…}") is that section, a sibling of the one
 * above it; any other box line ("{panel}", "{panel:title=Incident details}") is blank.
 */
function panelHeading(l: string, level: number, within: SectionKey | null): string {
  const title = /^[ \t]*\{panel:(?:[^{}]{0,200}\|)?title=([^|{}]{1,60})/.exec(l)?.[1]?.trim();
  const key = title === undefined ? null : classifyHeading(title, true);
  return key !== null && key !== within ? `${'#'.repeat(Math.max(2, level))} ${title}` : '';
}

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/**
 * Rewrites, on the same lines:
 * - Jira wiki markup (a document with two or more "h2." headings): "hN. X" → a heading of level N, "{panel}"-like box
 *   lines → blank (the box's table or text is read on its own), "{code}" → a fence, "# item" → "1. item";
 * - HTML toggles ("<details>" / "<summary>X</summary>"): the title becomes a heading one level below the section
 *   heading above it (a sibling of that section), or nothing when it only repeats the heading right above it;
 * - Notion's glyph toggles ("▸ **Timeline**") the same way;
 * - an e-mail's capital lines of their own ("ROOT CAUSE"), when two or more of them name known sections: headings;
 * - a CMS's HTML (a document with two or more HTML heading lines): "<h2>X</h2>" → a heading, "<p>X</p>" → X,
 *   "<li>X</li>" → "- X", lines of tags only ("<ul>", "</aside>") → blank;
 * - an outliner's export (two or more top-level bullets holding a heading, "- ## Impact"): those bullets → headings, the
 *   bullets below one of them moved out one level (a tab or two spaces), the page properties above the first ("title::
 *   …") → "title: …" fields.
 */
export function foreignMarkup(markdown: string): string {
  const original = markdown.split('\n');
  // Round 25: a post-mortem quoted whole in an e-mail reply is read as the document it quotes.
  const lines = unquoteReply(original);
  const unquoted = lines.some((l, i) => l !== original[i]);
  const jira = lines.filter((l) => JIRA_HEADING.test(l)).length >= 2;
  const caps = lines.filter((l, i) => blank(lines[i - 1]) && CAPS_LINE.test(l) && known(l)).length >= 2;
  const titles = plainTitles(lines);
  const bbcode = isBbcode(lines);
  let seenText = false;
  const html = lines.filter((l) => HTML_HEADING.test(l)).length >= 2;
  const outline = lines.filter((l) => OUTLINE_HEADING.test(l) || boldSectionBullet(l) !== null).length >= 2;
  const wiki = lines.some((l) => WIKI_HEADING.test(l));
  /** In an outline, a heading bullet has been read: the bullets below are its children. */
  let inOutline = false;
  /** Round 21: the outline heading's own indent, and the indent its children are moved out by. */
  let headIndent = 0;
  let childIndent = 0;
  let roam = false;
  let changed = false;
  const set = (i: number, s: string): void => {
    if (lines[i] !== s) { lines[i] = s; changed = true; }
  };
  let level = 1;
  /** Only blank lines (or toggle tags) since the last heading. */
  let underHeading = false;
  let inFence = false;
  /** Toggles are siblings of each other: the first one's level holds for the rest (headings inside them do not move it). */
  let toggleLevel = 0;
  const wikiState: WikiState = { inTable: false, rowOpen: false, inList: false };
  /** The section of the last Jira heading: a panel inside it titled with the same section is part of it. */
  let jiraKey: SectionKey | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^ {0,3}(?:```|~~~)/.test(l)) inFence = !inFence;
    if (inFence) continue;
    if (jira) {
      const h = JIRA_HEADING.exec(l);
      if (h) { set(i, `${'#'.repeat(Number(h[1]))} ${h[2]}`); level = Number(h[1]); underHeading = true; jiraKey = classifyHeading(h[2]!); continue; }
      if (JIRA_BOX.test(l)) { set(i, panelHeading(l, level, jiraKey)); continue; }
      if (JIRA_FENCE.test(l)) { set(i, '```'); continue; }
      const n = JIRA_NUMBERED.exec(l);
      if (n) { set(i, `${'   '.repeat(n[1]!.length - 1)}1. ${l.slice(n[0].length)}`); continue; }
    }
    if (wiki) {
      const h = WIKI_HEADING.exec(l);
      if (h) { set(i, `${'#'.repeat(h[1]!.length)} ${h[2]}`); level = h[1]!.length; underHeading = true; continue; }
      const block = wikiBlockLine(l, wikiState, lines[i + 1]);
      if (block !== null) { set(i, block.includes("''") || block.includes('[[') ? wikiInline(block) : block); underHeading = false; continue; }
      if (l.includes("''") || l.includes('[[')) set(i, wikiInline(l));
    }
    if (bbcode) {
      const b = bbcodeLine(l, !seenText);
      if (!blank(l)) seenText = true;
      if (b !== null) { set(i, b); underHeading = /^[ \t]*#/.test(b); if (underHeading) level = b.trimStart().startsWith('##') ? 2 : 1; continue; }
    }
    if (outline) {
      // Round 21: a heading bullet nested in a section ("\t- ### 5 Whys") is a heading too, its children moved out with it.
      const h = OUTLINE_HEADING.exec(inOutline && !roam ? l.trimStart() : l);
      const bold = h ? null : boldSectionBullet(l);
      if (h || bold !== null) {
        set(i, h ? `${h[1]} ${h[2]}` : `## ${bold}`);
        level = h ? h[1]!.length : 2; underHeading = true; inOutline = true; roam = bold !== null;
        headIndent = INDENT.exec(l)![0].length; childIndent = 0;
        continue;
      }
      if (!inOutline && PAGE_PROPERTY.test(l)) { set(i, l.replace('::', ':')); continue; }
      const indent = INDENT.exec(l)![0].length;
      // Round 21: in an outline nested under its title (Roam), a sibling of the section bullets is a part of its own
      // ("    - Linked references"), not more of the section above it.
      if (inOutline && !roam && indent > 0 && indent <= headIndent && l.trim() !== '') { set(i, blockProperty(l.slice(indent))); underHeading = false; continue; }
      const sibling = inOutline && roam && indent === headIndent ? /^[ \t]*[-*][ \t]{1,4}(\S.{0,118})$/.exec(l) : null;
      if (sibling) { set(i, `## ${sibling[1]}`); level = 2; underHeading = true; childIndent = 0; continue; }
      if (inOutline && indent > headIndent && l.trim() !== '') {
        // Round 21: the children's own step (a tab, two or four spaces), taken from the first child under the heading.
        if (childIndent === 0) childIndent = indent;
        set(i, blockProperty(roamTask(l.slice(Math.min(indent, childIndent)))));
        underHeading = false;
        continue;
      }
    }
    if (html) {
      const h = HTML_HEADING.exec(l);
      if (h) { set(i, `${'#'.repeat(Number(h[1]))} ${inlineHtml(h[2]!)}`); level = Number(h[1]); underHeading = true; continue; }
      const t = /<ac:/i.test(l) ? null : HTML_TEXT_LINE.exec(l);
      if (t) { set(i, `${t[1]!.toLowerCase() === 'li' ? '- ' : ''}${inlineHtml(t[2]!)}`); underHeading = false; continue; }
      // Round 24: a table's closing tag with text right below it: a blank line, or the HTML block (which Markdown ends only
      // at a blank line) would hold the headings and paragraphs after the table.
      if (/^[ \t]*<\/table>[ \t]*$/i.test(l) && !blank(lines[i + 1])) { set(i, ''); continue; }
      // Round 21: not a table's own tags ("<table>", "</tbody>"): the table is read as a table.
      if (HTML_TAGS_ONLY.test(l) && !/^[ \t]*<\/?(?:details|summary|table|thead|tbody|tfoot|tr|caption|colgroup|col)\b/i.test(l)) { set(i, ''); continue; }
    }
    const md = MD_HEADING.exec(l);
    if (md) { level = md[1]!.length; underHeading = true; continue; }
    if (DETAILS_LINE.test(l)) { set(i, ''); continue; }
    if (blank(l)) continue;
    const task = GLYPH_TASK.exec(l);
    if (task) { set(i, `${task[1]}- [${task[2] === '☐' ? ' ' : 'x'}] ${task[3]}`); underHeading = false; continue; }
    const toggle = SUMMARY_LINE.exec(l) ?? GLYPH_TOGGLE.exec(l);
    if (toggle) {
      const title = (SUMMARY_LINE.test(l) ? toggle[1]! : toggle[2]!).replace(/<[^<>]{0,100}>/g, '').replace(/\*\*|__/g, '').trim();
      // The toggle is the body of the section heading right above it (not of the title) ("## Root cause" / "<summary>Root cause and factors</summary>").
      const right = underHeading && level >= 2;
      underHeading = false;
      if (toggleLevel === 0) toggleLevel = Math.min(6, Math.max(2, level));
      set(i, right || title === '' ? '' : `${'#'.repeat(toggleLevel)} ${title}`);
      continue;
    }
    underHeading = false;
    if (caps && blank(lines[i - 1]) && CAPS_LINE.test(l) && known(l)) { set(i, `## ${l.trim().replace(/:$/, '')}`); level = 2; underHeading = true; }
    else if (titles.has(i)) { set(i, `## ${l.trim().replace(/[ \t]*:$/, '')}`); level = 2; underHeading = true; }
  }
  return changed || unquoted ? lines.join('\n') : markdown;
}

/** Inline HTML as Markdown: bold and italics kept as emphasis, code as code, other tags dropped, entities for spaces read. */
function inlineHtml(s: string): string {
  return s
    .replace(/<\/?(?:strong|b)>/gi, '**')
    .replace(/<\/?(?:em|i)>/gi, '_')
    .replace(/<\/?code>/gi, '`')
    .replace(/<[^<>]{0,300}>/g, '')
    .replace(/&nbsp;/g, ' ')
    .trim();
}

/**
 * Round 25: the plain title lines of a document whose Markdown headings (a message's sender lines, a title) name no
 * section: each a line
 * naming a known section, after a blank line (or the top), with text right below it; two or more of them, or none is
 * read (round 27: or one blank line below, when there are three or more).
 */
function plainTitles(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let headings = 0;
  let spaced = 0;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^ {0,3}(?:```|~~~)/.test(l)) inFence = !inFence;
    if (inFence) continue;
    if (MD_HEADING.test(l) && known(l.replace(MD_HEADING, ''))) headings++;
    if (i > 0 && !blank(lines[i - 1]) && SETEXT_UNDER.test(l) && l.trim().length >= 3 && known(lines[i - 1]!)) headings++;
    if (!blank(lines[i - 1]) || SETEXT_UNDER.test(lines[i + 1] ?? '')) continue;
    // Round 27: or with one blank line between it and its text, as a wiki page's plain-text export writes it — when the
    // document has three or more titles (two such lines over short notes stay text, as round 25 read them).
    const below = !blank(lines[i + 1]) ? 'text' : i + 2 < lines.length && !blank(lines[i + 2]) && !SETEXT_UNDER.test(lines[i + 2]!) ? 'gap' : null;
    if (below !== null && TITLE_LINE.test(l) && known(l)) {
      out.add(i);
      if (below === 'gap') spaced++;
    }
    else if (LETTERED_TITLE.test(l) && known(l)) out.add(i);
  }
  return headings === 0 && out.size >= (spaced > 0 ? 3 : 2) ? out : new Set();
}

function known(line: string): boolean {
  return classifyHeading(line.trim().replace(/:$/, ''), true) !== null;
}
