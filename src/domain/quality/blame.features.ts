import { quotedName } from './blame.quoted-name.ts';
import type { Feature } from './classifier.ts';
import { maskSpans, personSpans } from './person-references.ts';
import { withInitialismSubjects } from './blame.initialism-subjects.round39.ts';
import { judgingValence, valence } from './valence.ts';
import { phraseMatches, type PhraseMatch } from './blame.phrases.ts';
import { VIRTUE_ADJ } from './blame.lexicon.ts';
import { artefactAfter, JUDGING, personClauses, tokens, type Tok } from './blame.features.tokens.ts';
import { stanceFeatures } from './blame.stance.ts';
import { clauseShapes } from './blame.clauses.ts';
import { JUDGED_MODIFIER, PATIENT } from './blame.patients.ts';
import { personNegation } from './blame.negation.ts';
import { round26Features } from './blame.features.round26.ts';
import { statusLine } from './blame.features.round35.ts';
import { deniedKindWords, relativeActors, relativeClause, round25Features } from './blame.features.round25.ts';
export { onlyActedOn } from './blame.patients.ts';

/*
 * The features the blame model weighs (issue 16), each with the words that made it fire: the words of the sentence with
 * person references replaced by P / POSS (so "Ken's sloppy script" and "Aoife's careless merge" share "POSS-like" shapes),
 * word pairs, the AFINN valence of words in a clause that refers to a person, counterfactual modals, negation, questions,
 * scare quotes and the form the rules found (if any). Round 15: a number is "#" ("at 01:55", "23 of 61" weigh as their
 * shape, never as a value seen once). Linear in the sentence length.
 */

const CLAUSE_END = /^(?:[;:—–]|but|yet|however|although|though|whereas|because|since)$/i;
const NEGATION = /^(?:not|no|never|nobody|nothing|n't|didn't|don't|doesn't|wasn't|weren't|isn't|aren't|cannot|can't|couldn't|won't|wouldn't|shouldn't|nor)$/i;
const MODAL_HAVE = /(?:\b(?:should|could|would|must|might|ought to)|['’]d)(?:n't| not| never)?\s+(?:\w+\s+)?(?:have|'ve)\s+\w+/gi;
/** A virtue denied in a clause about a person: understatement ("was not diligent", "not attentive enough"). */
const VIRTUE = new RegExp(`^(?:${VIRTUE_ADJ})$`, 'i');
/** Two groups set side by side: "unlike ops, the app team never …", "compared with the day shift". */
const CONTRAST = /\b(?:unlike|compared (?:to|with)|as opposed to|whereas|in contrast to)\b/i;
/** A duration or count in a clause: what a contrast of two groups compares ("in five minutes", "took three hours"). */
const AMOUNT = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|ninety|half)\s*(?:minutes?|mins?|hours?|hrs?|days?|seconds?|weeks?|times?)\b|\b(?:ninety|forty|twenty|thirty)\b/i;
/** The duty passed over ("instead of following", "rather than reading"), or a habit ("keeps pushing", "always", "constantly"). */
const INSTEAD = /\b(?:instead of|rather than)\s+\w+ing\b/i;
const HABITUAL = /\b(?:keeps?|kept)\s+\w+ing\b|\b(?:always|constantly|continually|repeatedly|routinely|invariably|habitually)\b/i;
/** What makes a habit a fault without a rated word: done without something, instead of the duty, again and again. */
const HABIT_JUDGED = /\b(?:without|instead|never|not|no|n't|again|despite|ignor\w*|skip\w*|forg[eo]t\w*|bypass\w*|overrid\w*|push\w* (?:straight )?to (?:main|prod|production|master))\b|n't\b/i;
/** A question asked in exasperation: "seriously", "honestly", "even", "on earth". */
const EXASPERATED = /\b(?:seriously|honestly|even|on earth|the hell|possibly|really)\b/i;
const SCARE_QUOTE = /["“][^"”\s][^"”]{0,30}["”]/g;
/** Round 12: scare quotes in single quotes ("the vendor's 'senior expert'", "Our 'experienced' release manager"): not an apostrophe, nor one letter ("rock 'n' roll"). */
const SINGLE_SCARE_QUOTE = /(?<![\p{L}\p{N}])['‘][^'‘’\s][^'‘’]{0,29}?[^'‘’\s]['’](?![\p{L}\p{N}])/gu;
const LABEL = /^(?:[\p{L}-]{1,20}\s)?[\p{L}-]{1,20}(?:ion|ions|ment|ance|ence|ed|done|impact|cause|fix|start|end|begins|ends)$/iu;
/** A timeline entry: a clock time first ("14:05 Dev pushes …", "[02:10]"). */
const CLOCK_START = /^\s*[[(]?\d{1,2}[:.h]\d{2}\b/;

/** Round 39: the sentence as the model reads it — persons masked, and initialism subjects too (blame.initialism-subjects.round39.ts). */
export function modelMask(s: string): string {
  return maskSpans(s, withInitialismSubjects(s, personSpans(s)));
}

/**
 * The features of one sentence; `ruleForm` is the form the rules found, or null; `masked` is maskPersons of its first
 * 2,000 characters and `phrases` the phrase layer's matches in it, when the caller has them.
 */
export function blameFeatures(
  sentence: string,
  ruleForm: string | null,
  masked: string = modelMask(sentence.slice(0, 2000)),
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
  // Round 7: words and word pairs are person-judgement features only in a clause that holds a person reference;
  // elsewhere in the sentence they are features of their own ("o:"), so "the portal has no draft state" weighs
  // apart from what is said of the person in the next clause.
  const inPersonClause = personClauses(masked, toks);
  // Round 25: a person the relative clause makes the actor ("pages the on-call, who ignores it"): the pair before the
  // person is not what was done to them alone, and the relative clause is a clause with the person as its subject.
  const actors = relativeActors(toks);
  const denied = new Set([...deniedKindWords(toks)].map((i) => toks[i]!));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const k = !anyPerson || inPersonClause(t.start) ? '' : 'o';
    out.push({ name: `${k}w:${t.text}`, start: t.start, end: t.end });
    const n = toks[i + 1];
    if (n !== undefined) out.push({ name: `${k}b:${t.text}_${n.text}${actors.has(i + 1) ? '-who' : ''}`, start: t.start, end: n.end });
  }
  if (toks[0] !== undefined) out.push({ name: `first:${toks[0].text}`, start: toks[0].start, end: toks[0].end });
  // Clause by clause: a judging word counts when the clause refers to a person.
  let from = 0;
  const subjectClauses: Tok[][] = [...actors].map((i) => relativeClause(toks, i));
  for (let i = 0; i <= toks.length; i++) {
    const t = toks[i];
    if (t !== undefined && !CLAUSE_END.test(t.text)) continue;
    const clause = toks.slice(from, i);
    from = i + 1;
    const person = clause.some((c) => c.person);
    const negated = personNegation(clause, NEGATION);
    for (let j = 0; j < clause.length; j++) {
      const c = clause[j]!;
      if (c.person) continue;
      // The judging adjectives and adverbs of the rules ("untested", "hasty", "unilaterally"), which AFINN mostly does not
      // rate; round 17: not "slow" as a verb ("to slow the loss", "slow it down").
      if (person && JUDGING.test(c.text) && !(/^slow$/i.test(c.text) && /^(?:to|will|would|can|could|should|must|may|might)$/i.test(clause[j - 1]?.text ?? ''))) out.push({ name: 'judge-word+P', start: c.start, end: c.end });
      // Round 25: a kind word denied by degree ("less than careful") is not a kind word (round25Features weighs it).
      if (denied.has(c)) continue;
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
    const firstAt = clause.findIndex((c) => c.text !== '#');
    const first = clause[firstAt];
    // Round 8: a possessive opening the clause before a word ("The foreman's checklist left no room …") makes the
    // person's thing the subject, not the person: its own features, so a thing's failure does not weigh as the person's.
    const possessor = first?.person === true && first.text === 'POSS' && clause[firstAt + 1]?.person === false && !clause.slice(firstAt + 1).some((c) => c.person);
    const role = possessor ? 'POSS-subject' : 'P';
    if (first?.person === true && !possessor) subjectClauses.push(clause.slice(firstAt));
    // Round 10: a person's document, tool or belonging as the subject with no judging word in the clause ("The
    // foreman's checklist left no room for the gate", "Kai's laptop was used …") is the thing's clause: its own
    // feature; a person's act ("Sanjay's handover was …") or a judged thing ("Ken's sloppy runbook") is not.
    const thing = possessor && artefactAfter(clause, firstAt) && !clause.some((c) => !c.person && (JUDGING.test(c.text) || valence(c.text) <= -2));
    if (thing && first !== undefined) out.push({ name: 'POSS-artefact', start: first.start, end: first.end });
    if (first?.person === true) {
      out.push({ name: possessor ? 'POSS-subject' : 'P-subject', start: first.start, end: first.end });
      const judging = clause.find((c) => !c.person && judgingValence(c.text) <= -2);
      if (judging !== undefined) out.push({ name: possessor ? 'neg+POSS-subject' : 'neg+P-subject', start: judging.start, end: judging.end });
    }
    if (negated && person) {
      const n = clause.find((c) => NEGATION.test(c.text))!;
      // Round 10: a person's document or tool that lacks something ("The foreman's checklist left no room for the
      // gate") keeps the round-8 feature; any other possessed thing ("Farid's failure to hand over …", "Sanjay's
      // handover …") weighs apart, as the person's act.
      out.push({ name: possessor && !thing ? 'negation+POSS-judged' : `negation+${role}`, start: n.start, end: n.end });
    }
  }
  // Round 11: a person who is only acted on ("Had the on-call been paged earlier, recovery would have been faster") is
  // not the one a counterfactual judges: the modal counts as about a person only when another reference stands before it.
  const patients = new Set<number>();
  for (const m of masked.matchAll(PATIENT)) patients.add(m.index);
  for (const m of masked.matchAll(MODAL_HAVE)) {
    const before = Math.max(0, m.index - 60);
    let person = false;
    for (const r of masked.slice(before, m.index).matchAll(/[§π]¤*/g)) if (!patients.has(before + r.index)) person = true;
    // "should have been told": the person is the one not informed, not the one who failed.
    const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const passive = /\bbeen$/i.test(m[0]) && /^\s+(?:[a-z]+ed|[a-z]+en|told|sent|given|shown|taught|put|kept|left|brought|made|paid|sold|held|read)\b/.test(after);
    out.push({ name: `modal-have${passive ? '-passive' : ''}${person ? '+P' : ''}`, start: m.index, end: m.index + m[0].length });
  }
  // The person as the one acted on: "had the on-call been paged", "Imran was never told".
  for (const m of masked.matchAll(PATIENT)) out.push({ name: 'P-patient', start: m.index, end: m.index + m[0].length });
  // Round 7: a person-judgement feature counts only in a clause (or sentence) that holds the person reference:
  // 'Bank acknowledges the file. Gateway marks the run as "submitted".' has scare quotes, but not about Bank.
  const aboutPerson = inPersonClause;
  // Round 27: a quoted name of a thing ("added a column "Promo label"", "the message "Room is full"", "showing "2 min"")
  // is a label, not scare quotes (quoted-name.ts).
  for (const m of [...s.matchAll(SCARE_QUOTE), ...s.matchAll(SINGLE_SCARE_QUOTE)]) {
    const name = quotedName(s, m.index, m.index + m[0].length) ? 'quoted-name' : aboutPerson(m.index) ? 'scare-quote+P' : 'scare-quote';
    out.push({ name, start: m.index, end: m.index + m[0].length });
  }
  // The phrase layer: each family of negligence, attitude, sarcasm, accountability or absence is one feature.
  for (const ph of phrases) {
    out.push({ name: `phrase:${ph.family}${anyPerson ? '+P' : ''}`, start: ph.start, end: ph.end });
    out.push({ name: anyPerson ? 'phrase+P' : 'phrase', start: ph.start, end: ph.end });
  }
  if (anyPerson && CLOCK_START.test(s)) out.push({ name: 'timeline+P', ...whole });
  // Round 8: the writer's stance (doubt, irony, habit, a concession that takes back, an exclamation, the person
  // addressed at the close, the person set against everyone else) and a harmful verb with a person as subject.
  out.push(...stanceFeatures(s, masked, anyPerson, subjectClauses));
  // Round 9: a passive with a person as agent, a plain timeline row.
  if (anyPerson) out.push(...clauseShapes(s, masked));
  if (anyPerson) structure(s, masked, toks, out, aboutPerson);
  // Round 10: a plain account of a person's act — a person as a clause's subject, and in the whole sentence no
  // negation, no word rated −2 or less, no judging word, no question or exclamation ("The surveyor read the site plans
  // twice before digging"): one feature, so the model weighs the shape of a neutral account, not only its words.
  const plainAct = subjectClauses.length > 0 && !/[?!]/.test(s) && !toks.some((t) => !t.person && (NEGATION.test(t.text) || JUDGING.test(t.text) || judgingValence(t.text) <= -2));
  if (plainAct) out.push({ name: 'plain-act+P', start: 0, end: 0 });
  out.push(...round25Features(toks, out, plainAct));
  // Round 26 (blame.features.round26.ts): a judged act by a person, a thing left in a wrong state, faint praise.
  out.push(...round26Features(toks));
  return out;
}

/** A time stamp: a clock time, an ISO date, or a month's abbreviation and a day. */
const STAMP = /\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}\b/;

/**
 * Round 4 (issue 16): structures an unseen writer blames with, each one feature whose weight is learned from every
 * writer — a judging modifier inside the person reference, a virtue denied, two groups set side by side, a verdict
 * after the account ("… left the valve open. Inexcusable."), a counterfactual "otherwise", the duty passed over
 * ("instead of following …"), a habit, a question asked in exasperation. Linear in the sentence.
 */
function structure(s: string, masked: string, toks: readonly Tok[], out: Feature[], aboutPerson: (offset: number) => boolean): void {
  const whole = { start: 0, end: 0 };
  for (const m of masked.matchAll(/[§π]¤*/g)) {
    const written = s.slice(m.index, m.index + m[0].length);
    if (JUDGED_MODIFIER.test(written)) out.push({ name: 'judged-person', start: m.index, end: m.index + m[0].length });
  }
  // A virtue denied in a clause about a person.
  let from = 0;
  const clauseAmounts: boolean[] = [];
  const clauseSubjects: boolean[] = [];
  for (let i = 0; i <= toks.length; i++) {
    const t = toks[i];
    if (t !== undefined && !CLAUSE_END.test(t.text)) continue;
    const clause = toks.slice(from, i);
    from = i + 1;
    if (clause.length === 0) continue;
    const person = clause.some((c) => c.person);
    const negated = clause.some((c) => NEGATION.test(c.text) || /^(?:less|hardly|barely|insufficiently)$/.test(c.text));
    if (person && negated) {
      const v = clause.find((c) => VIRTUE.test(c.text));
      if (v !== undefined) out.push({ name: 'virtue-denied+P', start: v.start, end: v.end });
    }
    const text = masked.slice(clause[0]!.start, clause[clause.length - 1]!.end);
    clauseAmounts.push(AMOUNT.test(text));
    clauseSubjects.push(clause.find((c) => c.text !== '#')?.person === true);
  }
  // Two clauses each with a group as subject and an amount: a comparison of two groups.
  let pairs = 0;
  for (let k = 0; k < clauseSubjects.length; k++) if (clauseSubjects[k] === true && clauseAmounts[k] === true) pairs++;
  if (pairs >= 2) out.push({ name: 'contrast-pair+P', ...whole });
  const c = CONTRAST.exec(masked);
  if (c !== null) out.push({ name: 'contrast+P', start: c.index, end: c.index + c[0].length });
  // A verdict after the account: a last sentence of one to three words ("Typical.", "Inexcusable.", "Third time this month.");
  // round 15: a label unrated ("Detection.", "Mitigated.") names what an entry was, its own feature.
  const last = /[.!?]\s+([^.!?]{1,40})[.!?]*\s*$/.exec(s);
  // Round 18: not the full stop of a title or an initial ("…, Dr. Hana Sato.").
  // Round 26: nor a time stamp after the sentence ("… are available. Mar 7, 10:41 CET"): when, not a verdict.
  if (last !== null && last[1]!.trim().split(/\s+/).length <= 4 && !STAMP.test(last[1]!) && !/[§π]/.test(masked.slice(last.index)) && !/(?:^|\s)(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|\p{Lu})$/u.test(s.slice(0, last.index))) {
    // Round 35: or a status line (blame.features.round35.ts: "Contact-failure alert condition met.").
    const label = (LABEL.test(last[1]!.trim()) || statusLine(last[1]!)) && !last[1]!.split(/\s+/).some((w) => JUDGING.test(w) || judgingValence(w) <= -2);
    out.push({ name: label ? 'label+P' : 'verdict+P', start: last.index + last[0].indexOf(last[1]!), end: last.index + last[0].length });
  }
  if (/\botherwise\s*[.!]*\s*$/i.test(s)) out.push({ name: 'otherwise+P', ...whole });
  const ins = INSTEAD.exec(s);
  if (ins !== null && aboutPerson(ins.index)) out.push({ name: 'instead+P', start: ins.index, end: ins.index + ins[0].length });
  const hab = HABITUAL.exec(s);
  // Round 10: a habit counts as a judgement when what is done again is judged in the sentence (a word rated −2 or
  // less, a judging word, "without", "instead"): "keeps pushing to main without review"; "kept scanning parcels by
  // hand while the handhelds were down" is persistence, its own feature.
  if (hab !== null && aboutPerson(hab.index)) {
    const judged = HABIT_JUDGED.test(s) || (s.match(/[\p{L}'’-]+/gu) ?? []).some((w) => JUDGING.test(w) || judgingValence(w) <= -2);
    out.push({ name: judged ? 'habitual+P' : 'habit-plain+P', start: hab.index, end: hab.index + hab[0].length });
  }
  // A question asked in exasperation ("Seriously, who?"); whether it is answered at once was tried and weighed nothing.
  if (s.includes('?') && EXASPERATED.test(s)) out.push({ name: 'question-exasperated+P', ...whole });
}
