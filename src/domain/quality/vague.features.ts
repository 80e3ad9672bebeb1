import { taskText } from './vague.wrappers.ts';
import type { Feature } from './classifier.ts';
import { valence } from './valence.ts';
import { exactArtefact, hasOutcome, named, withoutLeadIn } from './vague.parts.ts';

/*
 * The features the vague-action-item model weighs (issue 16), each with the words that
 * made it fire: the opening verb and its shape (re-…, -ise), the words and word pairs,
 * abstract nouns (…ness, …ity, …tion), aspiration words through the AFINN valence
 * lexicon ("careful", "robust", "clear"), whether the item names an artefact, a thing
 * by name or a measurable outcome, its length, and the kind the rules found (if any).
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_./-]{0,60}/gu;
const ABSTRACT_NOUN = /^\p{Ll}{3,}(?:ness|ity|ities|ance|ence|tion|tions|sion|ment|ments|ship|ism)$/u;

/** The features of one action item; `ruleKind` is the kind of vagueness the rules found, or null. */
export function vagueFeatures(item: string, ruleKind: string | null): Feature[] {
  // Round 16: a task-table row or a shortcode is read by its task (vague.wrappers.ts).
  const raw = taskText(item).replace(/\s+/g, ' ').trim().slice(0, 1000);
  const t = withoutLeadIn(raw.replace(/[.!]+$/, ''));
  const offset = Math.max(0, raw.indexOf(t));
  const out: Feature[] = [];
  const whole = { start: 0, end: 0 };
  out.push({ name: ruleKind === null ? 'rule:none' : `rule:${ruleKind}`, ...whole });
  if (exactArtefact(t)) out.push({ name: 'has:artefact', ...whole });
  if (hasOutcome(t)) out.push({ name: 'has:outcome', ...whole });
  const words = [...t.matchAll(WORD)].map((m) => ({ text: m[0].toLowerCase(), start: offset + m.index, end: offset + m.index + m[0].length }));
  const first = words[0];
  if (first !== undefined) {
    out.push({ name: `v:${first.text}`, start: first.start, end: first.end });
    if (/^re\p{Ll}{3,}/u.test(first.text)) out.push({ name: 'v:re-', start: first.start, end: first.end });
    if (/(?:ise|ize)$/.test(first.text)) out.push({ name: 'v:-ise', start: first.start, end: first.end });
    if (named(t.slice(first.end - offset))) out.push({ name: 'has:name', ...whole });
    const second = words[1];
    if (second !== undefined) out.push({ name: `v2:${first.text}_${second.text}`, start: first.start, end: second.end });
  }
  out.push({ name: `len:${Math.min(words.length, 12) >> 2}`, ...whole });
  if (/\d/.test(t)) out.push({ name: 'has:digit', ...whole });
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    out.push({ name: `w:${w.text}`, start: w.start, end: w.end });
    const n = words[i + 1];
    if (n !== undefined) out.push({ name: `b:${w.text}_${n.text}`, start: w.start, end: n.end });
    if (ABSTRACT_NOUN.test(w.text)) out.push({ name: 'abstract-noun', start: w.start, end: w.end });
    const v = valence(w.text);
    if (v > 0) out.push({ name: 'aspiration', start: w.start, end: w.end });
  }
  return out;
}
