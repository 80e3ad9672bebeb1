import type MarkdownIt from 'markdown-it';
import type { Inline } from './block-types.ts';

/** A token of markdown-it's parse, as the block readers walk them. */
export type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/*
 * A run of 32 or more `_` or `*` inside a line can open or close no emphasis a reader would
 * write, yet markdown-it's emphasis pass grows faster than linearly on such runs (an
 * adversarial line of 128,000 underscores took seconds). Before parsing, each character of
 * such a run becomes a private-use stand-in of the same length (so columns and lines do not
 * move), put back in every text read from the tokens. A line that is only markers (a thematic
 * break, `________`) is left as it is; a document that already holds a stand-in is not touched.
 */
const LONG_RUN = /_{32,}|\*{32,}/g;
const RULE_LINE = /^[ \t]*[_*][_* \t]*$/;
const STAND_IN_UNDERSCORE = '\uE000';
const STAND_IN_ASTERISK = '\uE001';
const STAND_INS = /[\uE000\uE001]/g;

export function shield(markdown: string): string {
  if (markdown.includes(STAND_IN_UNDERSCORE) || markdown.includes(STAND_IN_ASTERISK)) return markdown;
  return markdown.replace(/^.*$/gm, (line) => (RULE_LINE.test(line) ? line : line.replace(LONG_RUN, (run) => (run[0] === '_' ? STAND_IN_UNDERSCORE : STAND_IN_ASTERISK).repeat(run.length))));
}

export function unshield(text: string): string {
  return text.includes(STAND_IN_UNDERSCORE) || text.includes(STAND_IN_ASTERISK) ? text.replace(STAND_INS, (c) => (c === STAND_IN_UNDERSCORE ? '_' : '*')) : text;
}

const EMPTY: Inline = { text: '', leadBold: null, afterBold: '', struck: false };

export function inlineOf(tok: Token | undefined): Inline {
  const children = tok?.children;
  if (!children) return EMPTY;
  let text = '';
  let leadBold: string | null = null;
  let boldDepth = 0;
  let boldStartedAtZero = false;
  let struckAll = children.length > 0;
  let sDepth = 0;
  let afterStart = -1;
  /** Nothing but whitespace read so far. */
  let blank = true;
  /** The first line's italic span: -1 before it, 1 inside it, 2 closed, 0 when the line holds anything else. */
  let italic = -1;
  let italicText = '';
  let firstLine = true;
  for (const c of children) {
    switch (c.type) {
      case 'text':
      case 'code_inline':
        if (sDepth === 0 && c.content.trim() !== '') struckAll = false;
        {
          const piece = unshield(c.content);
          if (blank && piece.trim() !== '') blank = false;
          if (firstLine && piece.trim() !== '') {
            if (italic === 1 && c.type === 'text') italicText += piece;
            else italic = 0;
          }
          text += piece;
        }
        break;
      case 'softbreak':
      case 'hardbreak':
        text += '\n';
        firstLine = false;
        break;
      case 'em_open':
        if (firstLine) italic = italic === -1 ? 1 : 0;
        break;
      case 'em_close':
        if (firstLine && italic === 1) italic = 2;
        break;
      case 'strong_open':
        // `blank` rather than `text.trim()`: a paragraph of many bold runs stays linear.
        if (boldDepth === 0 && leadBold === null && blank) boldStartedAtZero = true;
        boldDepth++;
        break;
      case 'strong_close':
        boldDepth--;
        if (boldDepth === 0 && boldStartedAtZero && leadBold === null) {
          leadBold = text.trim();
          afterStart = text.length;
        }
        break;
      case 's_open':
        sDepth++;
        break;
      case 's_close':
        sDepth--;
        break;
      case 'image':
        break;
      default:
        if (firstLine) italic = 0;
        break;
    }
  }
  const out: Inline = { text, leadBold, afterBold: afterStart >= 0 ? text.slice(afterStart) : '', struck: struckAll && text.trim() !== '' };
  if (italic === 2 && leadBold === null && italicText.trim() !== '') out.italicLine = italicText.trim();
  return out;
}
