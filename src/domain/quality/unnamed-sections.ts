// Round 36: a document headed in a language the section names do not know ("## Cronologie", "## Βασική αιτία", "## สรุป").
// Its sections are there, under headings the reader could not place: a required section not found is not known to be
// missing, and a heading left empty is an empty section whatever it is called.
import type { PostmortemDoc } from '../postmortem/document.types.ts';
import type { SectionSpan, SourceText } from './source-text.ts';

/** A section under a real heading (not the title, not a bold label) that the reader could not name. */
const unnamed = (s: { key: unknown; level: number; heading: string }, title: string | null): boolean =>
  s.key === null && s.level >= 1 && s.heading.trim() !== '' && s.heading !== title;

/**
 * The document's headings are mostly in words the reader does not know: two or more unnamed headed sections, as many as
 * the named ones at least.
 */
export function headedInUnknownWords(doc: PostmortemDoc): boolean {
  const headed = doc.sections.filter((s) => s.level >= 1 && s.heading !== doc.meta.title);
  const unknown = headed.filter((s) => unnamed(s, doc.meta.title)).length;
  return unknown >= 2 && unknown * 2 >= headed.length && !englishProse(doc.sections.map((s) => s.body).join('\n'));
}

/**
 * English's function words (a closed class: articles, pronouns, auxiliaries, prepositions, conjunctions). Headings the
 * reader does not know over English prose are a house's own names ("Liked", "Lacked"), not a language it cannot read.
 */
const FUNCTION_WORDS = new Set('the a an and or but of to in on at by for from with as is are was were be been it its we our they their this that these those not no after before into over'.split(' '));

/** Whether a text is English: one word in ten at least is an English function word. */
export function englishProse(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  return words.filter((w) => FUNCTION_WORDS.has(w)).length * 10 >= words.length;
}

/** The spans of the unnamed headed sections, in document order. */
export function unnamedSpans(src: SourceText, doc: PostmortemDoc): SectionSpan[] {
  return src.spans.filter((s) => unnamed(s.section, doc.meta.title));
}
