import type { Feature } from './classifier.ts';
import { JUDGING, type Tok } from './blame.features.tokens.ts';
import { judgingValence } from './valence.ts';

/*
 * Round 26 (issue 16): the structures the model lacked when the forty-third to fifty-first voices joined its training
 * (docs/quality-rounds.md, "Round 25 … blame": sentences the retrained model lost or judged by a word pair). Each is one
 * feature whose weight every writer teaches:
 *  - a judged noun on a person's act ("a bad cron change by Jonas", "Mei's sloppy merge"): the act is judged, and it is theirs;
 *  - a person leaving a system in a wrong state ("left the sorter in manual mode", "left the valve open");
 *  - an act done without its step ("overwritten by the night gardener without checking the programme");
 *  - faint praise: a kind word held down by "enough" ("a decent enough job"), or a person who "finally" got to it ("once she finally got going").
 * The agent passive told plainly ("SLA credits are being calculated by the account team") was tried as its own feature with
 * a gate (no judging feature, no finding): it lost four expected findings in documents, where the passive names who set
 * off the incident ("The multiplier was typed in as 100 by the campaign analyst"), so the passive stays one feature.
 * Token scans with bounded look-ahead: linear in the sentence.
 */

/** Adjectives that judge an act's quality, beside the rated words ("bad", "hasty" and "untested" are not all rated −2). */
const ACT_QUALITY = /^(?:bad|wrong|faulty|botched|sloppy|careless|hasty|rushed|untested|unreviewed|unapproved|poor|misguided|reckless|lazy|clumsy|half-baked|ill-advised|ill-judged|thoughtless)$/;
const LEAVE = /^(?:left|leaves|leave|leaving)$/;
/** The wrong state a thing was left in: a mode, a state, or a word for running, open or half done. */
const STATE_NOUN = /^(?:mode|state|position|setting|settings|status)$/;
const STATE_WORD = /^(?:open|unlocked|running|enabled|disabled|on|off|unattended|unpatched|paused|stopped|half-finished|half-done|misconfigured|behind|undone|unplugged|switched|uncommitted|unmerged)$/;
const KIND = /^(?:decent|good|fine|okay|ok|reasonable|adequate|passable|acceptable|solid|serviceable)$/;
const FINALLY = /^(?:finally|eventually)$/;
const CLAUSE_END = /^[,;:—–?!.]$/;

const judgedWord = (t: Tok): boolean => !t.person && (ACT_QUALITY.test(t.text) || JUDGING.test(t.text) || judgingValence(t.text) <= -2);

export function round26Features(toks: readonly Tok[]): Feature[] {
  const add: Feature[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // A judged word, then within four words "by" and the person ("a bad cron change by Jonas"); or the person's own act
    // judged ("Mei's sloppy merge": POSS then the judged word within two).
    if (judgedWord(t)) {
      for (let k = i + 1; k < toks.length && k <= i + 5 && !CLAUSE_END.test(toks[k]!.text); k++) {
        if (toks[k]!.text === 'by' && toks[k + 1]?.person === true) {
          add.push({ name: 'judged-act-by+P', start: t.start, end: toks[k + 1]!.end });
          break;
        }
      }
      if ((toks[i - 1]?.text === 'POSS') || (toks[i - 2]?.text === 'POSS' && !CLAUSE_END.test(toks[i - 1]!.text))) add.push({ name: 'judged-act-by+P', start: toks[i - 1]!.start, end: t.end });
    }
    // A person (subject) who left a thing in a wrong state: "P left the sorter in manual mode", "P had left the valve open".
    if (t.person && t.text === 'P') {
      let v = i + 1;
      if (/^(?:had|has|have)$/.test(toks[v]?.text ?? '')) v++;
      if (!LEAVE.test(toks[v]?.text ?? '')) continue;
      for (let k = v + 2; k < toks.length && k <= v + 9 && !CLAUSE_END.test(toks[k]!.text); k++) {
        const w = toks[k]!.text;
        if (STATE_NOUN.test(w) || (STATE_WORD.test(w) && !/^(?:on|off)$/.test(toks[v + 1]!.text))) {
          add.push({ name: 'left-in-state+P', start: t.start, end: toks[k]!.end });
          break;
        }
      }
    }
  }
  const anyPerson = toks.some((t) => t.person);
  // A person's act done "without" the step that belonged to it ("overwritten by the night gardener without checking the
  // programme", "Ravi merged it without asking anyone"): an omission told by its preposition.
  for (let i = 1; i + 1 < toks.length && anyPerson; i++) {
    if (toks[i]!.text !== 'without' || !/^\p{Ll}{3,}ing$/u.test(toks[i + 1]!.text)) continue;
    let k = i - 1;
    while (k >= 0 && k >= i - 10 && !toks[k]!.person && !CLAUSE_END.test(toks[k]!.text)) k--;
    if (k >= 0 && toks[k]!.person) add.push({ name: 'without-act+P', start: toks[k]!.start, end: toks[i + 1]!.end });
    break;
  }
  if (anyPerson) {
    for (let i = 0; i + 1 < toks.length; i++) {
      const t = toks[i]!;
      // "a decent enough job", "good enough work": a kind word held down by "enough".
      if (KIND.test(t.text) && toks[i + 1]!.text === 'enough' && !/^(?:to|for)$/.test(toks[i + 2]?.text ?? '')) add.push({ name: 'faint-praise+P', start: t.start, end: toks[i + 1]!.end });
      // "once she finally got going", "when Ravi eventually looked": the person got to it at last.
      if (t.person && FINALLY.test(toks[i + 1]!.text) && /^(?:once|when|until|before|after)$/.test(toks[i - 1]?.text ?? '')) add.push({ name: 'faint-praise+P', start: t.start, end: toks[i + 1]!.end });
    }
  }
  return add;
}
