/*
 * Round 38 (issue 16): words a document quotes are not the writer's judgement. A finding of the model (never a rule's
 * form) is dropped when the sentence, its quoted words blanked, is no longer judged: the words that weighed were the
 * quoted ones — a customer's message ('Policyholder, by email: "I got paid twice …"'), a status shown to people
 * ('sat in "looking for a courier"'), a phrase people used ('the experience was "the internet is down"'), a person's own
 * account whose opening was cut off as the sentence before ('… in the plan", said Maeve.').
 *
 * A quote is a pair of marks ("…", “…”) on one sentence; a sentence holding one lone double mark holds the end of a
 * quote when the mark is a closing one (”), follows a clause's end (",", ".", "?") or comes before its attribution
 * ("said Maeve"), and the start of one otherwise. Linear: one scan of the sentence, and the sentence is judged once more.
 */
import type { BlameHit } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/** A person a quote names by name or by a third-person pronoun: the quoted words then judge someone ("… went to Ben again"). */
const NAMED = /^(?:\p{Lu}(?!\s*$)|he\b|she\b|him\b|her\b|his\b)/u;

/** Paired quotes: straight or curly double marks around at most 400 characters. */
const PAIRED = /"[^"\n]{1,400}"|“[^”\n]{1,400}”/g;
/** A quote of one or two words: scare quotes ("quick", "tested", "fixed it"). */
const SCARE = /^["“]\s{0,2}[\p{L}\p{N}'’-]{1,30}(?:\s{1,3}[\p{L}\p{N}'’-]{1,30})?\s{0,2}["”]$/u;
/** A closing mark followed by its attribution ('", said Maeve', '" she wrote') or written after a clause's end. */
const CLOSES = /^[,.!?]?\s{0,3}(?:said|says|wrote|writes|told|asked|added|replied|explained|recalled|noted)\b|^\s{0,3}(?:\p{Lu}[\p{L}'’-]{0,30}\s{1,3}){1,3}(?:said|says|wrote|writes|told|asked|added|replied|explained|recalled|noted)\b/u;

/** The sentence with every quoted stretch (pairs with their marks, and the part a lone mark quotes) replaced by spaces. */
export function withoutQuotes(sentence: string): string {
  const s = sentence.replace(PAIRED, (q) => ' '.repeat(q.length));
  const lone = [...s.matchAll(/["“”]/g)];
  // Only one lone mark is read: the end of a quote begun before the sentence, or the start of one that runs on.
  if (lone.length !== 1) return s;
  const at = lone[0]!.index;
  const closing = s[at] === '”' || /[,.!?]$/.test(s.slice(0, at)) || CLOSES.test(s.slice(at + 1, at + 60));
  return closing ? ' '.repeat(at + 1) + s.slice(at + 1) : s.slice(0, at) + ' '.repeat(s.length - at);
}

/**
 * Whether a model finding rests on quoted words only: the sentence holds a quote, `judged` (the rule's judgement of a
 * text) finds nothing once the quotes are blanked, the finding's phrase reaches into the quote, and the quote names no
 * one by name or third-person pronoun (a colleague's words about "Ben … who of course ignored it" judge Ben).
 */
export function quotedJudgement(hit: BlameHit, sentence: string, judged: (text: string) => boolean): boolean {
  if (hit.form !== 'judging-words' || !/["“”]/.test(sentence)) return false;
  // Scare quotes are the writer's own irony, not someone's words: "Marco's "quick" CDN change" (the coordinator, after
  // the merge: documents-train-3 lost that finding).
  if ([...sentence.matchAll(PAIRED)].some((q) => SCARE.test(q[0]))) return false;
  const own = withoutQuotes(sentence);
  if (own === sentence || judged(own)) return false;
  // The finding's words must lie in the quote, and the quote must name no one it could judge.
  const inQuote = own.slice(hit.start, hit.end) !== sentence.slice(hit.start, hit.end);
  const quoted = [...sentence].map((c, i) => (own[i] === c ? ' ' : c)).join('');
  return inQuote && !personSpans(quoted).some((sp) => sp.start >= 0 && NAMED.test(quoted.slice(sp.start, sp.end)) && quoted.slice(sp.start, sp.end) !== 'I');
}
