import type { Feature } from './classifier.ts';
import { maskPersons } from './person-references.ts';
import { judgingValence } from './valence.ts';
import { phraseMatches, type PhraseMatch } from './blame.phrases.ts';
import { JUDGE_ADJ, JUDGE_ADV } from './blame.lexicon.ts';

const JUDGING = new RegExp(`^(?:${JUDGE_ADJ}|${JUDGE_ADV})$`, 'i');

/*
 * The features the blame model weighs (issue 16), each with the words that made it fire:
 * the words of the sentence with person references replaced by P / POSS (so "Ken's
 * sloppy script" and "Aoife's careless merge" share "POSS-like" shapes), word pairs, the
 * AFINN valence of words in a clause that refers to a person, counterfactual modals,
 * negation, questions, scare quotes and the form the rules found (if any). Linear in the
 * sentence length.
 */

const TOKEN = /[§π]¤*(?:'s|’s|'|’)?|[\p{L}\p{N}][\p{L}\p{N}'’-]{0,40}|[?!"“”;:—–,]/gu;
const CLAUSE_END = /^(?:[;:—–]|but|yet|however|although|though|whereas|because|since)$/i;
const NEGATION = /^(?:not|no|never|nobody|nothing|n't|didn't|don't|doesn't|wasn't|weren't|isn't|aren't|cannot|can't|couldn't|won't|wouldn't|shouldn't|nor)$/i;
const MODAL_HAVE = /\b(?:should|could|would|must|might|ought to)(?:n't| not| never)?\s+(?:\w+\s+)?(?:have|'ve)\s+\w+/gi;
const SCARE_QUOTE = /["“][^"”\s][^"”]{0,30}["”]/g;
const PATIENT = /[§π]¤*\s+(?:(?:was|were|is|are|had|has|have|been|being|got|get|gets)\s+){1,2}(?:not\s+|never\s+|only\s+|already\s+)?(?:paged|told|informed|warned|given|sent|shown|asked|called|alerted|notified|trained|briefed|woken|handed|assigned|left|put|kept|moved|pulled|blocked|locked|copied|included|escalated to|contacted)\b/g;
/** A timeline entry: a clock time first ("14:05 Dev pushes …", "[02:10]"). */
const CLOCK_START = /^\s*[[(]?\d{1,2}[:.h]\d{2}\b/;

type Tok = { text: string; start: number; end: number; person: boolean };

function tokens(masked: string): Tok[] {
  const out: Tok[] = [];
  for (const m of masked.matchAll(TOKEN)) {
    const raw = m[0];
    const person = raw.startsWith('§') || raw.startsWith('π');
    const text = raw.startsWith('π') ? 'POSS' : raw.startsWith('§') ? (/['’]/.test(raw) ? 'POSS' : 'P') : raw.toLowerCase();
    out.push({ text, start: m.index, end: m.index + raw.length, person });
  }
  return out;
}

/**
 * The features of one sentence; `ruleForm` is the form the rules found, or null; `masked` is maskPersons of its first
 * 2,000 characters and `phrases` the phrase layer's matches in it, when the caller has them.
 */
export function blameFeatures(
  sentence: string,
  ruleForm: string | null,
  masked: string = maskPersons(sentence.slice(0, 2000)),
  phrases: readonly PhraseMatch[] = phraseMatches(masked),
): Feature[] {
  const s = sentence.slice(0, 2000);
  const toks = tokens(masked);
  const out: Feature[] = [];
  const whole = { start: 0, end: 0 };
  out.push({ name: ruleForm === null ? 'rule:none' : `rule:${ruleForm}`, ...whole });
  const anyPerson = toks.some((t) => t.person);
  out.push({ name: anyPerson ? 'has:person' : 'has:no-person', ...whole });
  if (/\?\s*$/.test(s)) out.push({ name: anyPerson ? 'question+P' : 'question', ...whole });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    out.push({ name: `w:${t.text}`, start: t.start, end: t.end });
    const n = toks[i + 1];
    if (n !== undefined) out.push({ name: `b:${t.text}_${n.text}`, start: t.start, end: n.end });
  }
  if (toks[0] !== undefined) out.push({ name: `first:${toks[0].text}`, start: toks[0].start, end: toks[0].end });
  // Clause by clause: a judging word counts when the clause refers to a person.
  let from = 0;
  for (let i = 0; i <= toks.length; i++) {
    const t = toks[i];
    if (t !== undefined && !CLAUSE_END.test(t.text)) continue;
    const clause = toks.slice(from, i);
    from = i + 1;
    const person = clause.some((c) => c.person);
    const negated = clause.some((c) => NEGATION.test(c.text));
    for (const c of clause) {
      if (c.person) continue;
      // The judging adjectives and adverbs of the rules ("untested", "hasty", "unilaterally"), which AFINN mostly does not rate.
      if (person && JUDGING.test(c.text)) out.push({ name: 'judge-word+P', start: c.start, end: c.end });
      const v = judgingValence(c.text);
      // ±1 words are mostly neutral verbs of an incident ("stop", "restart"); ±2 and beyond judge.
      if (Math.abs(v) < 2) continue;
      const sign = v < 0 ? 'neg' : 'pos';
      const strength = Math.abs(v) >= 3 ? 'strong' : 'mild';
      out.push({ name: person ? `${sign}+P` : sign, start: c.start, end: c.end });
      out.push({ name: `${sign}:${strength}${person ? '+P' : ''}`, start: c.start, end: c.end });
      if (negated) out.push({ name: `${sign}+negation${person ? '+P' : ''}`, start: c.start, end: c.end });
    }
    // The person as the clause's subject (its first word, or the first after a clock time), and a judging word in that clause.
    const first = clause.find((c) => !/^\d+$/.test(c.text));
    if (first?.person === true) {
      out.push({ name: 'P-subject', start: first.start, end: first.end });
      const judging = clause.find((c) => !c.person && judgingValence(c.text) <= -2);
      if (judging !== undefined) out.push({ name: 'neg+P-subject', start: judging.start, end: judging.end });
    }
    if (negated && person) {
      const n = clause.find((c) => NEGATION.test(c.text))!;
      out.push({ name: 'negation+P', start: n.start, end: n.end });
    }
  }
  for (const m of masked.matchAll(MODAL_HAVE)) {
    const person = /[§π]/.test(masked.slice(Math.max(0, m.index - 60), m.index));
    // "should have been told": the person is the one not informed, not the one who failed.
    const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const passive = /\bbeen$/i.test(m[0]) && /^\s+(?:[a-z]+ed|[a-z]+en|told|sent|given|shown|taught|put|kept|left|brought|made|paid|sold|held|read)\b/.test(after);
    out.push({ name: `modal-have${passive ? '-passive' : ''}${person ? '+P' : ''}`, start: m.index, end: m.index + m[0].length });
  }
  // The person as the one acted on: "had the on-call been paged", "Imran was never told".
  for (const m of masked.matchAll(PATIENT)) out.push({ name: 'P-patient', start: m.index, end: m.index + m[0].length });
  for (const m of s.matchAll(SCARE_QUOTE)) out.push({ name: anyPerson ? 'scare-quote+P' : 'scare-quote', start: m.index, end: m.index + m[0].length });
  // The phrase layer: each family of negligence, attitude, sarcasm, accountability or absence is one feature.
  for (const ph of phrases) {
    out.push({ name: `phrase:${ph.family}${anyPerson ? '+P' : ''}`, start: ph.start, end: ph.end });
    out.push({ name: anyPerson ? 'phrase+P' : 'phrase', start: ph.start, end: ph.end });
  }
  if (anyPerson && CLOCK_START.test(s)) out.push({ name: 'timeline+P', ...whole });
  return out;
}
